import { parseList, type InputDefinition, type InputSource } from '@paved-road/core';

/**
 * An InputSource over declared inputs, whatever the edge: `given` says what the user gave for an
 * input (undefined: nothing, so the definition's default stands). Reading an undeclared input is a
 * programming error, so a command cannot drift from its action.yml unnoticed.
 */
export function declaredInputs(
  definitions: readonly InputDefinition[],
  given: (name: string) => readonly string[] | undefined,
  isSet: (name: string, values: readonly string[] | undefined) => boolean = (_name, values) => values !== undefined,
): InputSource {
  const byName = new Map(definitions.map((d) => [d.name, d]));
  const values = (name: string): readonly string[] => {
    const definition = byName.get(name);
    if (!definition) throw new Error(`input "${name}" is read but not declared`);
    return given(name) ?? [definition.default ?? ''];
  };
  return {
    get: (name) => (values(name).at(-1) ?? '').trim(),
    getList: (name) => parseList(values(name)),
    isSet: (name) => (values(name), isSet(name, given(name))),
  };
}
