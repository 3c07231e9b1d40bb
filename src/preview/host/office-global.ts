/**
 * The `Office` global as far as Kaohe uses it, for the preview: onReady,
 * the host type, requirement sets, the document's settings and the display
 * language. The Excel API version is the preview document's.
 */
type Callback = (result: { status: string; value?: unknown }) => void;
type ReadyInfo = { host: string; platform: string };

export interface PreviewOffice {
  readonly global: Record<string, unknown>;
  /** Starts the pane: onReady's callbacks run (again, for another document). */
  ready(): void;
  /** A new document has no settings. */
  resetSettings(): void;
}

const SETTINGS_CHANGED = "settingsChanged";

export function createOffice(displayLanguage: string, apiVersion: () => number): PreviewOffice {
  const callbacks: ((info: ReadyInfo) => void)[] = [];
  const info: ReadyInfo = { host: "Excel", platform: "OfficeOnline" };
  let isReady = false;
  let resolveReady: (info: ReadyInfo) => void = () => undefined;
  const readyPromise = new Promise<ReadyInfo>((resolve) => (resolveReady = resolve));

  const values = new Map<string, unknown>();
  const handlers = new Set<() => void>();
  const settings = {
    get: (name: string): unknown => values.get(name) ?? null,
    set: (name: string, value: unknown): void => void values.set(name, value),
    remove: (name: string): void => void values.delete(name),
    saveAsync(options?: unknown, callback?: Callback): void {
      const done = typeof options === "function" ? (options as Callback) : callback;
      setTimeout(() => {
        done?.({ status: "succeeded" });
        handlers.forEach((h) => h());
      }, 0);
    },
    refreshAsync(callback?: Callback): void {
      setTimeout(() => callback?.({ status: "succeeded", value: settings }), 0);
    },
    addHandlerAsync(type: string, handler: () => void, _options?: unknown, callback?: Callback): void {
      if (type === SETTINGS_CHANGED) handlers.add(handler);
      callback?.({ status: "succeeded" });
    },
  };

  const global = {
    HostType: { Excel: "Excel", Word: "Word", PowerPoint: "PowerPoint" },
    PlatformType: { OfficeOnline: "OfficeOnline" },
    EventType: { SettingsChanged: SETTINGS_CHANGED, DialogEventReceived: "dialogEventReceived", DialogMessageReceived: "dialogMessageReceived" },
    AsyncResultStatus: { Succeeded: "succeeded", Failed: "failed" },
    onReady(callback?: (info: ReadyInfo) => void): Promise<ReadyInfo> {
      if (callback) {
        callbacks.push(callback);
        if (isReady) setTimeout(() => callback(info), 0);
      }
      return readyPromise;
    },
    actions: { associate: (): void => undefined },
    context: {
      displayLanguage,
      contentLanguage: displayLanguage,
      requirements: {
        isSetSupported(name: string, version = "1.1"): boolean {
          const [major, minor] = version.split(".").map(Number);
          if (name !== "ExcelApi" || major !== 1 || minor === undefined) return false;
          return minor <= apiVersion();
        },
      },
      document: { settings },
    },
  };

  return {
    global,
    ready() {
      const first = !isReady;
      isReady = true;
      if (first) resolveReady(info);
      callbacks.forEach((cb) => cb(info));
    },
    resetSettings() {
      values.clear();
    },
  };
}
