import { runAction } from '@paved-road/cli/action';
import { hardenPermissionsCommand } from '@paved-road/permissions';

await runAction(hardenPermissionsCommand, { entry: import.meta.url });
