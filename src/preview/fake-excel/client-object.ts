// The proxy behaviour every fake object shares, as Office.js has it: calls
// only queue work; load() asks for properties that arrive at the next
// context.sync(); reading one that has not arrived throws PropertyNotLoaded.
import type { FakeDocument } from "./document";
import { FakeOfficeError, notLoaded } from "./errors";
import { jsonBytes } from "./strict";

/** What a proxy needs of its context: the document and the queue. */
export interface QueueContext {
  readonly doc: FakeDocument;
  readonly syncCount: number;
  /** `payloadBytes`: what the op adds to the request (values written), for the 5 MB cap. */
  enqueue(op: () => void, payloadBytes?: number): void;
  /** Counts bytes a load brings back into the sync's response, for the 5 MB cap. */
  respond(bytes: number): void;
  /** Inside Excel.run({ mergeUndoGroup: true }) on a library that knows the option. */
  readonly undoGroup: boolean;
}

export type LoadSpec = string | string[] | undefined;

/** A method the host only has from ExcelApi 1.`minor`: Office.js throws at the call, before any sync. */
export function requireApi(doc: FakeDocument, minor: number, method: string): void {
  if (doc.apiVersion < minor) throw new FakeOfficeError("ApiNotFound", `${method} needs ExcelApi 1.${minor}; the host has 1.${doc.apiVersion}`);
}

export abstract class ClientObject<T> {
  private readonly loaded = new Map<string, unknown>();
  private readonly requested = new Set<string>();
  private nullState: boolean | undefined;
  private resolved: { readonly target: T | null } | undefined;

  protected constructor(
    readonly context: QueueContext,
    private readonly typeName: string,
    /** Finds the object in the document; runs inside a sync, may throw (ItemNotFound). */
    private readonly resolver: () => T | null,
  ) {}

  /** The scalar properties load() may ask for. */
  protected abstract readonly loadable: readonly string[];
  protected abstract readProperty(target: T, name: string): unknown;

  /**
   * Resolved once, at the first sync that touches the object, like an
   * Office.js object path: a used range is the one of that moment.
   */
  protected target(): T | null {
    if (!this.resolved) this.resolved = { target: this.resolver() };
    return this.resolved.target;
  }

  /**
   * For methods and setters, at sync time. What the host does with a call on
   * a null object is undocumented, so the fake fails the batch: the adapter
   * must check isNullObject (or avoid the null object) first.
   */
  protected requireTarget(action: string): T {
    const target = this.target();
    if (target === null) throw new FakeOfficeError("InvalidObjectPath", `${this.typeName}.${action} called on a null object`);
    return target;
  }

  /** For child proxies: their resolver runs at sync, through this one. */
  protected childOf<C>(action: string, make: (target: T) => C | null): () => C | null {
    return () => make(this.requireTarget(action));
  }

  load(spec?: LoadSpec): this {
    const names = this.loadNames(spec);
    names.forEach((n) => this.requested.add(n));
    this.context.enqueue(() => {
      const target = this.target();
      this.nullState = target === null;
      if (target !== null) {
        for (const n of names) {
          const value = this.readProperty(target, n);
          this.loaded.set(n, value);
          // Proxies' own values (items) are not data sent back; their properties are counted by their loads.
          const proxies = Array.isArray(value) && value.some((v) => v instanceof ClientObject);
          if (!proxies) this.context.respond(jsonBytes(value) + n.length + 4);
        }
      }
      names.forEach((n) => this.requested.delete(n));
    });
    return this;
  }

  /** Items of a loaded collection arrive with their properties already loaded. */
  preload(values: Readonly<Record<string, unknown>>): void {
    this.nullState = false;
    for (const [name, value] of Object.entries(values)) this.loaded.set(name, value);
  }

  protected loadNames(spec: LoadSpec): string[] {
    if (spec === undefined) return [...this.loadable];
    const names = (Array.isArray(spec) ? spec : spec.split(",")).map((n) => n.trim()).filter((n) => n !== "");
    for (const n of names) {
      const base = n.split("/")[0] ?? n;
      if (!this.loadable.includes(base)) throw new FakeOfficeError("InvalidArgument", `${this.typeName} has no loadable property "${n}"`);
    }
    return names;
  }

  protected property<V>(name: string): V {
    // Office.js: every property of a null object reads as undefined, without throwing.
    if (this.nullState === true) return undefined as V;
    if (this.loaded.has(name)) return this.loaded.get(name) as V;
    throw notLoaded(this.typeName, name, this.requested.has(name));
  }

  get isNullObject(): boolean {
    if (this.nullState === undefined) throw notLoaded(this.typeName, "isNullObject", this.requested.size > 0);
    return this.nullState;
  }
}
