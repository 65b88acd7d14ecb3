import { runAction } from '@paved-road/cli/action';
import { generateSbomCommand } from '@paved-road/sbom';
await runAction(generateSbomCommand);
