/**
 * The outcome of the last ribbon command, kept in a per-document setting
 * (HostPort.saveSetting): a ribbon command has no UI of its own, and the
 * pane (a separate runtime) shows it when opened. Any host.
 */
import type { KaoheAction } from "./actions/run-action";
import type { HostPort } from "./port";

export const LAST_COMMAND_SETTING = "kaohe.lastCommand";

export interface CommandRecord {
  /** ISO time the command finished. */
  readonly at: string;
  readonly action: KaoheAction;
  readonly ok: boolean;
  /** The outcome's one-line Chinese message. */
  readonly message: string;
  /** The same in English, for a pane or preview shown in en-US (absent in records of earlier builds). */
  readonly messageEn?: string;
}

function isRecord(value: unknown): value is CommandRecord {
  const r = value as Partial<CommandRecord> | null;
  return typeof r?.at === "string" && typeof r.action === "string" && typeof r.ok === "boolean" && typeof r.message === "string";
}

/** The record in a setting's text, or undefined when there is none or it is unreadable. */
export function parseCommandRecord(raw: unknown): CommandRecord | undefined {
  if (typeof raw !== "string") return undefined;
  try {
    const parsed: unknown = JSON.parse(raw);
    return isRecord(parsed) ? parsed : undefined;
  } catch {
    return undefined;
  }
}

/** Saves the record; best effort (a read-only document cannot save settings). */
export function rememberCommand(host: HostPort, record: CommandRecord): Promise<void> {
  return host.saveSetting(LAST_COMMAND_SETTING, JSON.stringify(record));
}

/** The last command's record, or undefined. Never rejects. */
export async function readLastCommand(host: HostPort): Promise<CommandRecord | undefined> {
  try {
    return parseCommandRecord(await host.readSetting(LAST_COMMAND_SETTING));
  } catch {
    return undefined;
  }
}
