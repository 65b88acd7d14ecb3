import { runAction } from '@paved-road/cli/action';
import { verifyPinnedToolsCommand } from '@paved-road/pinning';
await runAction(verifyPinnedToolsCommand);
