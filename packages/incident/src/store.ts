// The incident index: one SQLite file (node:sqlite, built into Node 24) that keeps what SBOMs say, so
// a query looks packages up by key instead of re-reading every SBOM. Documents are identified by the
// sha256 of their bytes: indexing a known SBOM again changes nothing (a new name for it is recorded).
import { closeSync, existsSync, lstatSync } from 'node:fs';
import { DatabaseSync } from 'node:sqlite';
import { ConfigurationError, errorMessage, openRegularFile } from '@paved-road/core';
import type { PackageKey } from './purl.js';
import type { ReadSbom } from './sboms.js';

/** `PRAGMA application_id` of our index files ("pvrd"): any other SQLite file is refused, not changed. */
const APPLICATION_ID = 0x70767264;
const SCHEMA_VERSION = 1;

const SCHEMA = `
CREATE TABLE documents (
  sha256 TEXT PRIMARY KEY,
  format TEXT NOT NULL,
  serial_number TEXT,
  subject TEXT,
  component_count INTEGER NOT NULL,
  without_purl INTEGER NOT NULL
) STRICT;
CREATE TABLE sources (
  document TEXT NOT NULL REFERENCES documents(sha256),
  name TEXT NOT NULL,
  PRIMARY KEY (document, name)
) STRICT, WITHOUT ROWID;
CREATE TABLE components (
  document TEXT NOT NULL REFERENCES documents(sha256),
  type TEXT NOT NULL,
  namespace TEXT NOT NULL,
  name TEXT NOT NULL,
  display_name TEXT NOT NULL,
  version TEXT,
  purl TEXT,
  bom_ref TEXT,
  path TEXT NOT NULL
) STRICT;
CREATE INDEX components_by_package ON components(type, namespace, name);
CREATE TABLE artifacts (
  digest TEXT PRIMARY KEY
) STRICT, WITHOUT ROWID;
CREATE TABLE document_artifacts (
  document TEXT NOT NULL REFERENCES documents(sha256),
  artifact TEXT NOT NULL REFERENCES artifacts(digest),
  PRIMARY KEY (document, artifact)
) STRICT, WITHOUT ROWID;
`;

export interface IndexedDocument {
  sha256: string;
  format: string;
  serialNumber?: string;
  subject?: string;
  componentCount: number;
  /** Components without a (readable) purl: no query can find them. */
  withoutPurl: number;
  /** Every name it was indexed under, sorted. */
  names: string[];
  artifactDigests: string[];
}

export interface IndexedComponent {
  document: string;
  name: string;
  version?: string;
  purl?: string;
  bomRef?: string;
  path: string[];
}

export interface OpenIndexOptions {
  /** How the file is named in messages. */
  displayName?: string;
  workspace?: string;
}

export class IncidentIndex {
  private constructor(private readonly db: DatabaseSync) {}

  /**
   * Opens (or creates) the index at `path`; without one, an index in memory for this run. An existing
   * file must be a regular file (core's open checks: no device, no link out of the workspace) and one
   * of our indexes; anything else is refused with one line, never rewritten.
   */
  static open(path: string | undefined, options: OpenIndexOptions = {}): IncidentIndex {
    const name = options.displayName ?? path ?? ':memory:';
    // SQLite would create the file through a dangling link, wherever it points.
    if (path !== undefined && !existsSync(path) && isLink(path))
      throw new ConfigurationError(
        'symlink-output',
        `The index ${name} is a symlink to nothing; no index is created through it.`,
        { file: name },
        'Name a regular file, or a path where none exists yet.',
      );
    if (path !== undefined && existsSync(path)) {
      closeSync(
        openRegularFile(path, {
          displayName: name,
          kind: 'index',
          ...(options.workspace !== undefined ? { workspace: options.workspace } : {}),
        }),
      );
    }
    let db: DatabaseSync;
    try {
      // defensive: the file may come from a cache; SQL in it cannot corrupt it on purpose. timeout: a
      // second run on the same file (another job sharing it) waits for the first one's write.
      db = new DatabaseSync(path ?? ':memory:', {
        defensive: true,
        enableForeignKeyConstraints: true,
        timeout: 10_000,
      });
    } catch (error) {
      throw new ConfigurationError(
        'invalid-index',
        `The index ${name} could not be opened: ${errorMessage(error)}.`,
        { file: name },
        'Check that its directory exists and is writable.',
      );
    }
    try {
      const applicationId = (db.prepare('PRAGMA application_id').get() as { application_id: number }).application_id;
      const version = (db.prepare('PRAGMA user_version').get() as { user_version: number }).user_version;
      const tables = (db.prepare("SELECT count(*) AS n FROM sqlite_schema WHERE type = 'table'").get() as { n: number })
        .n;
      if (applicationId === 0 && version === 0 && tables === 0) {
        db.exec('BEGIN');
        db.exec(SCHEMA);
        db.exec(`PRAGMA application_id = ${APPLICATION_ID}`);
        db.exec(`PRAGMA user_version = ${SCHEMA_VERSION}`);
        db.exec('COMMIT');
      } else if (applicationId !== APPLICATION_ID) {
        throw new ConfigurationError(
          'invalid-index',
          `${name} is an SQLite file, but not a paved-road find-affected index; it is left as it is.`,
          { file: name },
          'Name a new file (or an index find-affected wrote) as index.',
        );
      } else if (version !== SCHEMA_VERSION) {
        throw new ConfigurationError(
          'invalid-index',
          `The index ${name} has schema version ${version}; this paved-road reads version ${SCHEMA_VERSION}.`,
          { file: name },
          'Delete it (it is a cache) or name a new file; find-affected builds it again.',
        );
      }
    } catch (error) {
      db.close();
      if (error instanceof ConfigurationError) throw error;
      throw new ConfigurationError(
        'invalid-index',
        `${name} is not a usable index: ${errorMessage(error)}.`,
        { file: name },
        'Delete it (it is a cache) or name a new file; find-affected builds it again.',
      );
    }
    // WAL with NORMAL sync: one fsync per checkpoint instead of several per SBOM, and a crash can lose
    // the last SBOMs added (indexed again next run) but never corrupt the file.
    if (path !== undefined) db.exec('PRAGMA journal_mode = WAL; PRAGMA synchronous = NORMAL');
    return new IncidentIndex(db);
  }

  /** Adds an SBOM under `name`. False when its content was indexed already (then only the name is added). */
  add(sbom: ReadSbom, name: string): boolean {
    const known = this.db.prepare('SELECT 1 FROM documents WHERE sha256 = ?').get(sbom.sha256) !== undefined;
    this.db.exec('BEGIN');
    try {
      if (!known) {
        this.db
          .prepare(
            'INSERT INTO documents (sha256, format, serial_number, subject, component_count, without_purl) VALUES (?, ?, ?, ?, ?, ?)',
          )
          .run(
            sbom.sha256,
            sbom.format,
            sbom.serialNumber ?? null,
            sbom.subject ?? null,
            sbom.components.length,
            sbom.components.filter((c) => !c.key).length,
          );
        const insert = this.db.prepare(
          'INSERT INTO components (document, type, namespace, name, display_name, version, purl, bom_ref, path) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?)',
        );
        for (const c of sbom.components)
          insert.run(
            sbom.sha256,
            c.key?.type ?? '',
            c.key?.namespace ?? '',
            c.key?.name ?? '',
            c.name,
            c.version ?? null,
            c.purl ?? null,
            c.bomRef ?? null,
            JSON.stringify(c.path),
          );
        const artifact = this.db.prepare('INSERT OR IGNORE INTO artifacts (digest) VALUES (?)');
        const link = this.db.prepare('INSERT OR IGNORE INTO document_artifacts (document, artifact) VALUES (?, ?)');
        for (const digest of sbom.artifactDigests) {
          artifact.run(digest);
          link.run(sbom.sha256, digest);
        }
      }
      this.db.prepare('INSERT OR IGNORE INTO sources (document, name) VALUES (?, ?)').run(sbom.sha256, name);
      this.db.exec('COMMIT');
    } catch (error) {
      this.db.exec('ROLLBACK');
      throw error;
    }
    return !known;
  }

  /** Every indexed document, by its first name. */
  documents(): IndexedDocument[] {
    const rows = this.db
      .prepare('SELECT sha256, format, serial_number, subject, component_count, without_purl FROM documents')
      .all() as Array<{
      sha256: string;
      format: string;
      serial_number: string | null;
      subject: string | null;
      component_count: number;
      without_purl: number;
    }>;
    const names = this.grouped('SELECT document AS k, name AS v FROM sources');
    const artifacts = this.grouped('SELECT document AS k, artifact AS v FROM document_artifacts');
    return rows
      .map((row) => ({
        sha256: row.sha256,
        format: row.format,
        ...(row.serial_number !== null ? { serialNumber: row.serial_number } : {}),
        ...(row.subject !== null ? { subject: row.subject } : {}),
        componentCount: row.component_count,
        withoutPurl: row.without_purl,
        names: (names.get(row.sha256) ?? []).sort(),
        artifactDigests: (artifacts.get(row.sha256) ?? []).sort(),
      }))
      .sort((a, b) => compareText(a.names[0] ?? a.sha256, b.names[0] ?? b.sha256));
  }

  /** Components of a package in every document, whatever their version. */
  componentsOf(key: PackageKey): IndexedComponent[] {
    const rows = this.db
      .prepare(
        'SELECT document, display_name, version, purl, bom_ref, path FROM components WHERE type = ? AND namespace = ? AND name = ?',
      )
      .all(key.type, key.namespace, key.name) as Array<{
      document: string;
      display_name: string;
      version: string | null;
      purl: string | null;
      bom_ref: string | null;
      path: string;
    }>;
    return rows.map((row) => ({
      document: row.document,
      name: row.display_name,
      ...(row.version !== null ? { version: row.version } : {}),
      ...(row.purl !== null ? { purl: row.purl } : {}),
      ...(row.bom_ref !== null ? { bomRef: row.bom_ref } : {}),
      path: JSON.parse(row.path) as string[],
    }));
  }

  close(): void {
    this.db.close();
  }

  private grouped(sql: string): Map<string, string[]> {
    const map = new Map<string, string[]>();
    for (const row of this.db.prepare(sql).all() as Array<{ k: string; v: string }>) {
      const list = map.get(row.k);
      if (list) list.push(row.v);
      else map.set(row.k, [row.v]);
    }
    return map;
  }
}

function isLink(path: string): boolean {
  try {
    return lstatSync(path).isSymbolicLink();
  } catch {
    return false;
  }
}

function compareText(a: string, b: string): number {
  return a < b ? -1 : a > b ? 1 : 0;
}
