import { runAction } from '@paved-road/cli/action';
import { verifyReleaseCommand } from '@paved-road/attestation';

await runAction(verifyReleaseCommand);
