// The base images of a Dockerfile: every FROM with its image reference resolved through the global
// ARGs (those before the first FROM, the only ones FROM may use), its platform and stage alias, and
// exact positions. Parsing is dockerfile-ast (the parser of the VS Code Docker language server):
// line continuations, escape directives, comments and heredocs are its business.
import { DockerfileParser } from 'dockerfile-ast';

export interface DockerfileFrom {
  /** 0-based index among the FROM instructions. */
  index: number;
  /** The image as written: `${BASE}:${TAG}`, `node:20`, `build`. */
  raw: string;
  /**
   * The image with ARG values substituted; undefined when a variable has no value (no default and
   * not given in `buildArgs`).
   */
  image?: string;
  /** `--platform=` as written, if any. */
  platform?: string;
  /** `AS name`, lower-cased as Docker does. */
  stage?: string;
  /** True when the image names an earlier stage (`FROM build`): not pulled from a registry. */
  stageReference: boolean;
  /** True for `FROM scratch`. */
  scratch: boolean;
  /** Where the image reference is written (1-based). */
  line: number;
  column: number;
  endLine: number;
  endColumn: number;
  /** Where the FROM keyword is. */
  instructionLine: number;
  instructionColumn: number;
}

export interface DockerfileArg {
  name: string;
  /** The default written in the Dockerfile (`ARG NAME=value`). */
  default?: string;
  line: number;
  column: number;
}

/** A shell-form RUN instruction: its script as the shell gets it, and where that starts in the file. */
export interface DockerfileRun {
  /** The text after `RUN` and its flags; line continuations kept (the shell parser handles them). */
  script: string;
  /** 0-based offset of `script` in the Dockerfile text. */
  offset: number;
  line: number;
  column: number;
}

export interface DockerfileParse {
  froms: DockerfileFrom[];
  /** Shell-form RUN instructions (JSON-form and heredoc RUNs are not included). */
  runs: DockerfileRun[];
  /** The global ARGs (before the first FROM). */
  args: DockerfileArg[];
}

export interface DockerfileOptions {
  /** `--build-arg` values: override the defaults. */
  buildArgs?: Readonly<Record<string, string>>;
}

/** Parses a Dockerfile's FROM instructions. Never throws on odd content: unknown lines are skipped. */
export function parseDockerfile(text: string, options: DockerfileOptions = {}): DockerfileParse {
  const dockerfile = DockerfileParser.parse(text);
  const args: DockerfileArg[] = [];
  const values = new Map<string, string | undefined>();
  for (const arg of dockerfile.getInitialARGs()) {
    for (const property of arg.getProperties()) {
      const name = property.getName();
      const value = property.getValue() ?? undefined;
      const range = property.getNameRange();
      args.push({
        name,
        ...(value !== undefined ? { default: value } : {}),
        line: range.start.line + 1,
        column: range.start.character + 1,
      });
      values.set(name, value);
    }
  }
  for (const [name, value] of Object.entries(options.buildArgs ?? {})) {
    if (values.has(name)) values.set(name, value);
  }
  const stages = new Set<string>();
  const froms: DockerfileFrom[] = [];
  for (const [index, from] of dockerfile.getFROMs().entries()) {
    const raw = from.getImage();
    const range = from.getImageRange();
    const instruction = from.getRange();
    const platformFlag = from.getFlags().find((flag) => flag.getName().toLowerCase() === 'platform');
    const stage = from.getBuildStage() ?? undefined;
    if (raw === null || !range) continue;
    const image = substitute(raw, values);
    const stageReference = image !== undefined && stages.has(image.toLowerCase());
    froms.push({
      index,
      raw,
      ...(image !== undefined ? { image } : {}),
      ...(platformFlag ? { platform: platformFlag.getValue() ?? '' } : {}),
      ...(stage ? { stage: stage.toLowerCase() } : {}),
      stageReference,
      scratch: image?.toLowerCase() === 'scratch',
      line: range.start.line + 1,
      column: range.start.character + 1,
      endLine: range.end.line + 1,
      endColumn: range.end.character + 1,
      instructionLine: instruction.start.line + 1,
      instructionColumn: instruction.start.character + 1,
    });
    if (stage) stages.add(stage.toLowerCase());
  }
  const lineStarts = [0];
  for (let i = 0; i < text.length; i++) if (text.charCodeAt(i) === 10) lineStarts.push(i + 1);
  const runs: DockerfileRun[] = [];
  for (const instruction of dockerfile.getInstructions()) {
    if (instruction.getKeyword().toUpperCase() !== 'RUN') continue;
    const range = instruction.getArgumentsRange();
    if (!range) continue;
    const start = (lineStarts[range.start.line] ?? 0) + range.start.character;
    const end = (lineStarts[range.end.line] ?? 0) + range.end.character;
    let script = text.slice(start, end);
    // Flags (`--mount=type=cache,target=/root/.cache`) come before the command.
    const flags = /^(?:--[\w-]+(?:=\S*)?(?:[ \t]+|\\\r?\n[ \t]*))*/.exec(script)?.[0] ?? '';
    script = script.slice(flags.length);
    if (!script.trim() || script.trimStart().startsWith('[') || /<<-?\w/.test(script.split('\n')[0] ?? '')) continue;
    const offset = start + flags.length;
    const line = lineStarts.findLastIndex((s) => s <= offset);
    runs.push({ script, offset, line: line + 1, column: offset - lineStarts[line]! + 1 });
  }
  return { froms, runs, args };
}

/**
 * `$NAME`, `${NAME}`, `${NAME:-default}` and `${NAME:+alt}` as BuildKit expands them in FROM;
 * undefined when a variable has no value and no default.
 */
function substitute(text: string, values: ReadonlyMap<string, string | undefined>): string | undefined {
  let unresolved = false;
  const result = text.replace(
    /\$(?:\{([A-Za-z_][A-Za-z0-9_]*)(?:(:?[-+])([^}]*))?\}|([A-Za-z_][A-Za-z0-9_]*))/g,
    (
      _match,
      braced: string | undefined,
      op: string | undefined,
      word: string | undefined,
      bare: string | undefined,
    ) => {
      const name = (braced ?? bare)!;
      const value = values.get(name);
      const set = value !== undefined && (op?.startsWith(':') ? value !== '' : true);
      if (op?.endsWith('-')) return set ? value! : (word ?? '');
      if (op?.endsWith('+')) return set ? (word ?? '') : '';
      if (value === undefined) {
        unresolved = true;
        return '';
      }
      return value;
    },
  );
  return unresolved ? undefined : result;
}
