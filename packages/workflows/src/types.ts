import type { Document, Node, YAMLMap } from 'yaml';

/** A place in the file: 1-based line and column; the end (exclusive) when known. */
export interface Position {
  line: number;
  column: number;
  endLine?: number;
  endColumn?: number;
}

/** A value and where it is written (a quoted scalar: at its opening quote; a null value `key:`: at the key). */
export interface Located<T> extends Position {
  value: T;
}

/** One `NAME: value` entry of an `env:` (or similar) mapping. `value` is '' for a null value. */
export interface KeyValue {
  name: string;
  key: Position;
  value: Located<string>;
}

/** A problem GitHub (or the YAML parser) reports for the file; these become `invalid-workflow`. */
export interface WorkflowError {
  message: string;
  line: number;
  column: number;
  endLine?: number;
  endColumn?: number;
}

export type WorkflowKind = 'workflow' | 'action';

/** An input of `workflow_dispatch`, `workflow_call` (workflows) or of an action (action.yml). */
export interface InputDefinition {
  name: string;
  position: Position;
  /** `string` when absent (GitHub's default), otherwise as written: boolean, number, choice, environment. */
  type: string;
  required?: boolean;
  default?: Located<string>;
  options?: string[];
}

/** One event under `on:`. */
export interface Trigger {
  name: string;
  /** Where the event name is written. */
  position: Position;
  /** `types:` when given. */
  types?: string[];
  /** The event's configuration as plain data (branches, tags, paths, cron, inputs, ...). */
  filters?: unknown;
  /** workflow_dispatch and workflow_call inputs. */
  inputs: InputDefinition[];
  /** workflow_call secrets (names only). */
  secrets?: string[];
}

export type PermissionLevel = 'read' | 'write' | 'none';

export interface PermissionScope {
  level: PermissionLevel;
  /** Where the scope name is written. */
  position: Position;
  /** Where its level is written. */
  valuePosition: Position;
  /** The trailing comment on the same line, else the comment on the line(s) above: the "why". */
  comment?: string;
}

export interface PermissionsBlock {
  /** Where the `permissions` key is written. */
  position: Position;
  /** Where its value starts. */
  valuePosition: Position;
  /** `map`: scopes listed; `read-all` / `write-all`: the shorthand; `empty`: `{}` (no access at all). */
  kind: 'map' | 'read-all' | 'write-all' | 'empty';
  scopes: Map<string, PermissionScope>;
  /** The mapping, for edits (absent for the shorthands). */
  node?: Node;
}

/** The script of a `run:` step, with a map from offsets in the script back to the file. */
export interface RunScript {
  /** The script as the runner sees it (YAML scalar value, folding and escapes applied). */
  text: string;
  /** Where the value is written (for a block scalar: the `|` or `>` header). */
  position: Position;
  /** Maps an offset inside `text` (0-based) to the file's 1-based line and column. */
  offsetToPosition(offset: number): { line: number; column: number };
}

export interface ContainerRef {
  /** For services: the service id; for a job container: 'container'. */
  id: string;
  position: Position;
  image?: Located<string>;
  credentials?: { position: Position; username?: Located<string>; password?: Located<string> };
  env: KeyValue[];
  options?: Located<string>;
}

/** `defaults: run:` (workflow or job level): the shell and directory of `run:` steps that set none. */
export interface RunDefaults {
  shell?: Located<string>;
  workingDirectory?: Located<string>;
}

export interface Step {
  /** 0-based index in the job's `steps:`. */
  index: number;
  id?: string;
  name?: string;
  /** Where the step mapping starts (its first key, after the `- `). */
  position: Position;
  uses?: Located<string>;
  run?: RunScript;
  with: Map<string, Located<string>>;
  /** Where `with:` is written, when present. */
  withPosition?: Position;
  env: KeyValue[];
  if?: Located<string>;
  shell?: Located<string>;
  workingDirectory?: Located<string>;
  /** The step's mapping in `WorkflowFile.document`, for edits. */
  node: YAMLMap;
}

export interface Job {
  id: string;
  /** Where the job id is written. */
  position: Position;
  name?: Located<string>;
  permissions?: PermissionsBlock;
  /** Labels (or the `group:`/`labels:` form's labels, plus `group:<name>` for the group). */
  runsOn: string[];
  runsOnPosition?: Position;
  needs: string[];
  if?: Located<string>;
  /** A reusable-workflow call. */
  uses?: Located<string>;
  with: Map<string, Located<string>>;
  secrets?: 'inherit' | Map<string, Located<string>>;
  /** Where the `secrets:` value is written. */
  secretsPosition?: Position;
  steps: Step[];
  container?: ContainerRef;
  services: ContainerRef[];
  env: KeyValue[];
  /** `outputs:` of the job (`name: ${{ steps.x.outputs.y }}`), read by `needs.<job>.outputs.<name>`. */
  outputs?: KeyValue[];
  environment?: Located<string>;
  /** `strategy.matrix` as plain data (or the expression string), for expansion. */
  matrix?: Located<unknown>;
  /** `defaults.run` of the job. */
  defaults?: RunDefaults;
  /** True for the pseudo-job that carries a composite action's steps. */
  composite?: boolean;
  /** The job's mapping in `WorkflowFile.document` (the action's `runs:` for composites). */
  node: YAMLMap;
}

export interface ActionDefinition {
  name?: Located<string>;
  inputs: InputDefinition[];
  runs?: {
    position: Position;
    using?: Located<string>;
    main?: Located<string>;
    pre?: Located<string>;
    post?: Located<string>;
    image?: Located<string>;
    steps: Step[];
  };
}

export interface WorkflowFile {
  /** The path as the user named it. */
  file: string;
  kind: WorkflowKind;
  text: string;
  lineEnding: '\n' | '\r\n';
  /** The parsed `yaml` Document (source tokens kept): make edits through it. */
  document: Document.Parsed;
  /** YAML errors, or GitHub's schema errors; empty when GitHub would accept the file. */
  errors: WorkflowError[];
  /** Workflow name. */
  name?: Located<string>;
  triggers: Trigger[];
  /** `defaults.run` of the workflow. */
  defaults?: RunDefaults;
  permissions?: PermissionsBlock;
  env: KeyValue[];
  jobs: Job[];
  action?: ActionDefinition;
}
