import { runAction } from '@paved-road/cli/action';
import { findAffectedCommand } from '@paved-road/incident';
await runAction(findAffectedCommand);
