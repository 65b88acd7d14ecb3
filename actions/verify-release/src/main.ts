import { runAction } from '@paved-road/cli/action';
import { verifyReleaseCommand } from '@paved-road/attestation/verify';
await runAction(verifyReleaseCommand);
