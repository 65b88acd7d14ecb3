import { runAction } from '@paved-road/cli/action';
import { attestProvenanceCommand } from '@paved-road/attestation';
await runAction(attestProvenanceCommand);
