import { text as words, type Text } from '../contract/i18n/text';
import { randomUUID } from 'node:crypto';
import { copyFileSync, existsSync, renameSync, writeFileSync } from 'node:fs';
import { z } from 'zod';
import type { DeskError } from '../contract/desk-types';
import { fail, ok, type Result } from '../contract/result';
import { callbackFormSchema, type CallbackFormInput } from '../contract/schemas';
import type { CallbackTemplate } from '../contract/template-types';
import { readBoundedText, type FileRefusal } from '../files/bounded-read';

export type { CallbackTemplate };

/** The longest name a template may have. */
export const maxNameLength = 80;

/** The largest templates export read: thousands of templates are far below it. */
export const templateExportBytes = 10_000_000;
/** The largest templates file read at start: imports add up, so it may hold several exports' worth. */
const storedTemplatesBytes = 100_000_000;

const templateSchema = z.object({
  id: z.string().min(1).max(100),
  name: z.string().min(1).max(maxNameLength),
  description: z.string().max(500),
  scope: z.string().min(1).max(100),
  form: callbackFormSchema,
  updatedAt: z.string(),
});

/** The file, and what an export holds: forms only, never a key (a form has no place for one). */
const fileSchema = z.object({
  kind: z.literal('callback-desk-templates'),
  version: z.literal(1),
  templates: z.array(templateSchema),
});

/** The file around its templates, each of which is read on its own: one bad template never takes the rest. */
const envelopeSchema = fileSchema.extend({ templates: z.array(z.unknown()) });

export interface TemplateInput {
  id?: string;
  name: string;
  description: string;
  scope: string;
  form: CallbackFormInput;
}

/** Templates in one JSON file, rewritten atomically; an unreadable file is kept aside, never overwritten. */
export class TemplateStore {
  private templates: CallbackTemplate[] = [];
  /** What the person must be told about the file: what was left out or changed, and where the original is. */
  readonly notices: Text[] = [];

  constructor(
    private readonly file: string,
    private readonly now: () => Date = () => new Date(),
    private readonly newId: () => string = randomUUID,
  ) {
    if (!existsSync(file)) return;
    let stored: unknown[];
    try {
      // A named pipe or a device in its place is not waited on nor read: it is set aside like any unreadable file.
      const read = readBoundedText(file, storedTemplatesBytes);
      if (!read.ok) throw new Error(read.error.kind);
      stored = envelopeSchema.parse(JSON.parse(read.value)).templates;
    } catch {
      const aside = `${file}.unreadable-${Date.now()}`;
      renameSync(file, aside);
      this.notices.push(words('templates.unreadable', { aside }));
      return;
    }
    const unreadable: unknown[] = [];
    for (const item of stored) {
      const template = templateSchema.safeParse(item);
      if (template.success) this.templates.push(template.data);
      else unreadable.push(item);
    }
    if (unreadable.length > 0) {
      // The next write leaves the unreadable ones out: the file as it was is kept, so nothing is lost.
      const aside = `${file}.unreadable-${Date.now()}`;
      copyFileSync(file, aside);
      const names = unreadable.map(nameOf).filter((name) => name !== null);
      this.notices.push(
        words('templates.someUnreadable', {
          count: unreadable.length,
          names: names.length > 0 ? names.join(', ') : 'none',
          unnamed: unreadable.length - names.length,
          aside,
        }),
      );
    }
    this.separateSharedIds();
  }

  /**
   * Gives each template after the first of an id (two of them, from a file
   * edited by hand) an id of its own, written at once: saving or removing by
   * id would otherwise change or drop both.
   */
  private separateSharedIds(): void {
    const seen = new Set<string>();
    const renamed: string[] = [];
    for (const template of this.templates) {
      if (seen.has(template.id)) {
        template.id = this.newId();
        renamed.push(nameOf(template) ?? template.id);
      }
      seen.add(template.id);
    }
    if (renamed.length === 0) return;
    try {
      this.write();
    } catch {
      // A file that cannot be written now is written at the next save, with these same ids.
    }
    this.notices.push(words('templates.sharedIds', { count: renamed.length, names: renamed.join(', ') }));
  }

  /** The templates a profile can use: the shared ones and its own. */
  list(profileId: string): CallbackTemplate[] {
    return this.templates
      .filter((template) => template.scope === 'shared' || template.scope === profileId)
      .sort((a, b) => a.name.localeCompare(b.name));
  }

  save(input: TemplateInput): Result<CallbackTemplate, DeskError> {
    const name = input.name.trim();
    if (name === '') return invalid('name', words('profile.nameRequired'));
    if (name.length > maxNameLength) return invalid('name', words('profile.nameTooLong'));
    const clash = this.templates.find(
      (template) =>
        template.id !== input.id &&
        template.scope === input.scope &&
        template.name.toLowerCase() === name.toLowerCase(),
    );
    if (clash) return invalid('name', words('template.nameTaken', { name }));
    const existing =
      input.id === undefined ? undefined : this.templates.find((template) => template.id === input.id);
    if (input.id !== undefined && !existing)
      return fail({ code: 'not-found', message: words('template.notFound') });
    const template: CallbackTemplate = {
      id: existing?.id ?? this.newId(),
      name,
      description: input.description.trim(),
      scope: input.scope,
      form: input.form,
      updatedAt: this.now().toISOString(),
    };
    this.templates = [...this.templates.filter((item) => item.id !== template.id), template];
    this.write();
    return ok(template);
  }

  remove(id: string): boolean {
    const before = this.templates.length;
    this.templates = this.templates.filter((template) => template.id !== id);
    if (this.templates.length === before) return false;
    this.write();
    return true;
  }

  /** The file text of an export: the given templates, exactly as stored. */
  exportText(templates: CallbackTemplate[]): string {
    return JSON.stringify({ kind: 'callback-desk-templates', version: 1, templates }, null, 2);
  }

  /**
   * Adds the templates of the export file at `path`. A path that is not a
   * regular file (a folder, a named pipe, a device) or is larger than any
   * export is refused unread, saying why.
   */
  importFile(
    path: string,
    scopeFor: (scope: string) => string,
  ): Result<{ added: number; renamed: string[] }, DeskError> {
    const read = readBoundedText(path, templateExportBytes);
    return read.ok
      ? this.importText(read.value, scopeFor)
      : fail({ code: 'invalid-input', message: importRefusal(read.error) });
  }

  /** Adds the templates of an export, renaming any whose name is taken; refuses a file that is not one. */
  importText(
    text: string,
    scopeFor: (scope: string) => string,
  ): Result<{ added: number; renamed: string[] }, DeskError> {
    let parsed: z.infer<typeof fileSchema>;
    try {
      parsed = fileSchema.parse(JSON.parse(text));
    } catch {
      return fail({
        code: 'invalid-input',
        message: words('template.notAnExport'),
      });
    }
    const renamed: string[] = [];
    const names = new FreeNames(this.templates);
    for (const incoming of parsed.templates) {
      const scope = scopeFor(incoming.scope);
      const name = names.claim(scope, incoming.name);
      if (name !== incoming.name) renamed.push(`${incoming.name} → ${name}`);
      this.templates.push({
        ...incoming,
        id: this.newId(),
        name,
        scope,
        updatedAt: this.now().toISOString(),
      });
    }
    this.write();
    return ok({ added: parsed.templates.length, renamed });
  }

  private write(): void {
    const temporary = `${this.file}.writing`;
    writeFileSync(temporary, this.exportText(this.templates), 'utf8');
    renameSync(temporary, this.file);
  }
}

function invalid(field: 'name', message: Text): { ok: false; error: DeskError } {
  return fail({
    code: 'invalid-input',
    message: words('profile.fieldsWrong'),
    fields: [{ field, message }],
  });
}

/**
 * Names not yet taken in a scope, ignoring case. A taken name gets the first
 * free ` (2)`, ` (3)`… after it, shortening the name so it stays within the
 * limit; each name remembers the number it reached, so a thousand templates
 * of one name are named in one pass rather than each counting from 2 again.
 */
class FreeNames {
  private readonly taken = new Set<string>();
  private readonly next = new Map<string, number>();

  constructor(templates: readonly CallbackTemplate[]) {
    for (const template of templates) this.taken.add(FreeNames.key(template.scope, template.name));
  }

  claim(scope: string, wanted: string): string {
    let name = wanted;
    if (this.taken.has(FreeNames.key(scope, name))) {
      const counter = FreeNames.key(scope, wanted);
      let n = this.next.get(counter) ?? 2;
      const numbered = (number: number) => {
        const suffix = ` (${number})`;
        return `${wanted.slice(0, maxNameLength - suffix.length).trimEnd()}${suffix}`;
      };
      while (this.taken.has(FreeNames.key(scope, numbered(n)))) n += 1;
      name = numbered(n);
      this.next.set(counter, n + 1);
    }
    this.taken.add(FreeNames.key(scope, name));
    return name;
  }

  private static key(scope: string, name: string): string {
    return `${scope}\u0000${name.toLowerCase()}`;
  }
}

function importRefusal(refusal: FileRefusal): Text {
  switch (refusal.kind) {
    case 'not-a-file':
      return words('template.importNotAFile', { what: refusal.what });
    case 'too-large':
      return words('template.importTooLarge', { megabytes: refusal.limit / 1_000_000 });
    case 'missing':
      return words('template.importUnreadable', { reason: 'ENOENT' });
    case 'unreadable':
      return words('template.importUnreadable', { reason: refusal.code });
  }
}

/** A template that could not be read, by its name in quotes (shortened), if it has one. */
function nameOf(item: unknown): string | null {
  const name = typeof item === 'object' && item !== null ? (item as { name?: unknown }).name : undefined;
  if (typeof name !== 'string' || name.trim() === '') return null;
  return `“${name.length > 40 ? `${name.slice(0, 40)}…` : name}”`;
}
