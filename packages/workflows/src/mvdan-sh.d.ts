// mvdan-sh ships no types: it is mvdan/sh (the parser behind shfmt) compiled to JavaScript with
// GopherJS. Nodes are Go structs seen from JavaScript; shell.ts reads the few fields it needs.
declare module 'mvdan-sh' {
  interface GoPos {
    Offset(): number;
    Line(): number;
    Col(): number;
    IsValid(): boolean;
  }
  interface GoNode {
    Pos(): GoPos;
    End(): GoPos;
    // Any other field of the Go struct (Args, Parts, Value, Cmd, X, Y, Op, ...): GopherJS objects
    // carry no static types, and shell.ts reads each field where it knows the node type.
    // eslint-disable-next-line @typescript-eslint/no-explicit-any
    [field: string]: any;
  }
  interface GoParser {
    Parse(src: string, name: string): GoNode;
  }
  interface Syntax {
    NewParser(...options: unknown[]): GoParser;
    KeepComments(keep: boolean): unknown;
    Variant(lang: unknown): unknown;
    LangBash: unknown;
    LangPOSIX: unknown;
    NodeType(node: GoNode): string;
    Walk(node: GoNode, visit: (node: GoNode | null) => boolean): void;
  }
  const mvdan: { syntax: Syntax };
  export default mvdan;
}
