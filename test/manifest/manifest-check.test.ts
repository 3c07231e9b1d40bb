// The real manifest passes the offline check, and each kind of mistake, made
// in a copy of it, is caught with a message that names the culprit.
import { spawnSync } from "node:child_process";
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join, resolve } from "node:path";
import { checkManifest, type CheckOptions } from "../../scripts/manifest-check";
import { pngSize } from "../../scripts/manifest/check-assets";
import { findAssociations } from "../../scripts/manifest/check-commands";

const ROOT = resolve(__dirname, "..", "..");
const MANIFEST = readFileSync(join(ROOT, "manifest.xml"), "utf8");
const OPTIONS: CheckOptions = { manifestDir: ROOT };
const COMMANDS = ["recalculate", "validateBeforeSubmit", "generateSummary", "clearMarks", "undoLastCalculation"]
  .map((name) => `Office.actions.associate("${name}", f);`)
  .join(" ");

/** The real manifest with every `from` replaced; throws if there is none, so a stale test cannot pass by doing nothing. */
function mutate(from: string, to: string): string {
  if (!MANIFEST.includes(from) || from === to) throw new Error(`test setup: ${JSON.stringify(from)} is not in manifest.xml, or the edit changes nothing`);
  return MANIFEST.split(from).join(to);
}

function problemsOf(xml: string, commands = COMMANDS): string[] {
  return checkManifest(xml, commands, OPTIONS);
}

/** Asserts some problem has the code and mentions every given text. */
function expectProblem(problems: readonly string[], code: string, ...mentions: string[]): void {
  const hit = problems.find((p) => p.startsWith(`[${code}]`) && mentions.every((m) => p.includes(m)));
  if (hit === undefined) {
    throw new Error(`expected [${code}] mentioning ${mentions.join(", ")}; got:\n${problems.join("\n") || "(no problems)"}`);
  }
}

describe("the real manifest", () => {
  test("passes with all five functions associated", () => {
    expect(problemsOf(MANIFEST)).toEqual([]);
  });

  test("every shipped icon is a PNG of the size in its name", () => {
    for (const size of [16, 32, 64, 80, 128]) {
      expect(pngSize(readFileSync(join(ROOT, "assets", `icon-${size}.png`)))).toEqual({ width: size, height: size });
    }
  });
});

type Case = readonly [title: string, from: string, to: string, code: string, mentions: readonly string[]];

const CASES: readonly Case[] = [
  // Identity and base elements
  ["a bad GUID", "<Id>4f6c2b1e-8a7d-4c3e-9b25-6d1e0f3a7c58</Id>", "<Id>4f6c2b1e-8a7d-4c3e-9b25</Id>", "ID_INVALID", ["4f6c2b1e-8a7d-4c3e-9b25"]],
  ["a version that is not a.b.c.d", "<Version>1.0.0.0</Version>", "<Version>1.0</Version>", "VERSION_INVALID", ['"1.0"']],
  ["an English default locale", "<DefaultLocale>zh-CN</DefaultLocale>", "<DefaultLocale>en-US</DefaultLocale>", "LOCALE_INVALID", ["en-US"]],
  ["a root that is not a task pane app", 'xsi:type="TaskPaneApp"', 'xsi:type="ContentApp"', "ROOT_INVALID", ["TaskPaneApp"]],
  ["a Word-only host list", '<Host Name="Workbook"/>', '<Host Name="Document"/>', "HOST_MISSING", ["Workbook"]],
  ["a mailbox permission", "<Permissions>ReadWriteDocument</Permissions>", "<Permissions>ReadWriteMailbox</Permissions>", "PERMISSION_INVALID", ["ReadWriteMailbox"]],
  ["an unknown permission", "<Permissions>ReadWriteDocument</Permissions>", "<Permissions>FullControl</Permissions>", "PERMISSION_INVALID", ["FullControl"]],
  ["a foreign AppDomain", "  <Hosts>\n    <Host Name=\"Workbook\"/>", "  <AppDomains><AppDomain>https://example.com</AppDomain></AppDomains>\n  <Hosts>\n    <Host Name=\"Workbook\"/>", "APPDOMAIN_INVALID", ["example.com"]],
  ["DisplayName without an en-US override", '<Override Locale="en-US" Value="Kaohe Scoring"/>', "", "OVERRIDE_MISSING", ["DisplayName"]],
  ["an undeclared bt prefix", 'xmlns:bt="', 'xmlns:bx="', "NAMESPACE_INVALID", ["bt:"]],
  // URLs
  ["an http URL", "https://localhost:3000/commands.html", "http://localhost:3000/commands.html", "URL_NOT_DEV", ["Commands.Url", "http://localhost:3000/commands.html"]],
  ["a production host in SourceLocation", '<SourceLocation DefaultValue="https://localhost:3000/taskpane.html"/>', '<SourceLocation DefaultValue="https://kaohe.example.com/taskpane.html"/>', "URL_NOT_DEV", ["SourceLocation", "kaohe.example.com"]],
  ["an http IconUrl", '<IconUrl DefaultValue="https://localhost:3000/assets/icon-32.png"/>', '<IconUrl DefaultValue="http://localhost:3000/assets/icon-32.png"/>', "URL_NOT_DEV", ["IconUrl"]],
  // Resources
  ["a missing resid", '<Label resid="Group.Label"/>', '<Label resid="Group.Missing"/>', "RESID_UNRESOLVED", ["Group.Missing", "Group[Kaohe.Group]/Label"]],
  ["a resource nobody uses", '<Label resid="Group.Label"/>', '<Label resid="Recalculate.Label"/>', "RESOURCE_UNUSED", ["Group.Label"]],
  ["a duplicated resource id", '<bt:String id="OpenPane.Label"', '<bt:String id="Summary.Label"', "RESOURCE_DUPLICATE", ["Summary.Label"]],
  ["a resid of the wrong kind", '<Description resid="Recalculate.Tooltip"/>', '<Description resid="Recalculate.Label"/>', "RESID_WRONG_KIND", ["Recalculate.Label", "bt:LongStrings"]],
  ["a resid longer than 32 characters", '"GetStarted.LearnMoreUrl"', '"GetStarted.LearnMoreUrl.ForTheKaoheAddIn"', "RESID_TOO_LONG", ["GetStarted.LearnMoreUrl.ForTheKaoheAddIn"]],
  ["a button label without an en-US override", '<bt:Override Locale="en-US" Value="Recalculate"/>', "", "OVERRIDE_MISSING", ["Recalculate.Label", "Control[Kaohe.Recalculate]/Label"]],
  ["a supertip without an en-US override", '<bt:Override Locale="en-US" Value="Opens the Kaohe task pane', '<bt:Override Locale="fr-FR" Value="Opens the Kaohe task pane', "OVERRIDE_MISSING", ["OpenPane.Tooltip"]],
  // Ribbon
  ["a duplicated control id", 'id="Kaohe.Summary"', 'id="Kaohe.Validate"', "CONTROL_DUPLICATE_ID", ["Kaohe.Validate"]],
  ["no FunctionFile", '<FunctionFile resid="Commands.Url"/>', "", "FUNCTION_FILE_MISSING", []],
  ["an ExecuteFunction without a FunctionName", "<FunctionName>generateSummary</FunctionName>", "", "CONTROL_INVALID", ["Kaohe.Summary"]],
  // Icon files
  ["no SupportUrl", '  <SupportUrl DefaultValue="https://localhost:3000/assets/support.html"/>\n', "", "SUPPORT_URL_MISSING", ["SupportUrl"]],
  ["a SupportUrl off the add-in's base URL", '<SupportUrl DefaultValue="https://localhost:3000/assets/support.html"/>', '<SupportUrl DefaultValue="https://help.example.com/kaohe"/>', "URL_NOT_DEV", ["SupportUrl", "help.example.com"]],
  ["a SupportUrl to a page that is not shipped", "https://localhost:3000/assets/support.html", "https://localhost:3000/assets/help.html", "SUPPORT_PAGE_MISSING", ["assets/help.html"]],
  ["an icon file that does not exist", "https://localhost:3000/assets/icon-80.png", "https://localhost:3000/assets/icon-81.png", "ICON_MISSING", ["assets/icon-81.png"]],
  ["an icon of the wrong size", "https://localhost:3000/assets/icon-80.png", "https://localhost:3000/assets/icon-64.png", "ICON_SIZE_MISMATCH", ["80×80", "64×64"]],
  // XML itself
  ["malformed XML (a missing end tag)", "</Supertip>", "", "XML_MALFORMED", ["line"]],
  ["a bare & in a URL's query string", "https://localhost:3000/taskpane.html", "https://localhost:3000/taskpane.html?a=1&b=2", "XML_MALFORMED", ["&b=2"]],
  ["an HTML entity the XML does not define", "Kaohe Scoring", "Kaohe&nbsp;Scoring", "XML_MALFORMED", ["&nbsp;"]],
];

describe("a mutated manifest fails", () => {
  test.each(CASES)("%s", (_title, from, to, code, mentions) => {
    expectProblem(problemsOf(mutate(from, to)), code, ...mentions);
  });

  // Cases the string table cannot express in one replacement.
  test("elements out of schema order", () => {
    const permissions = "  <Permissions>ReadWriteDocument</Permissions>\n";
    const xml = mutate(permissions, "").replace("  <DefaultSettings>", `${permissions}  <DefaultSettings>`);
    expectProblem(problemsOf(xml), "ELEMENT_ORDER", "DefaultSettings");
  });

  test("a control that lacks one of the required icon sizes", () => {
    const icon80 = '                    <bt:Image size="80" resid="Icon.80x80"/>\n';
    expectProblem(problemsOf(mutate(icon80, "")), "ICON_SIZES", "Control[Kaohe.Recalculate]", "80");
  });

  test("two root elements", () => {
    expectProblem(problemsOf(`${MANIFEST}\n<OfficeApp/>`), "XML_MALFORMED", "root");
  });

  test("an icon that is not a PNG (read through an injected reader)", () => {
    const problems = checkManifest(MANIFEST, COMMANDS, { readAsset: () => new TextEncoder().encode("GIF89a not a png at all") });
    expectProblem(problems, "ICON_INVALID", "assets/icon-16.png");
  });
});

describe("function commands against the commands source", () => {
  test("a button whose function is not associated", () => {
    const source = COMMANDS.replace('Office.actions.associate("generateSummary", f);', "");
    expectProblem(problemsOf(MANIFEST, source), "FUNCTION_NOT_ASSOCIATED", "generateSummary", "Control[Kaohe.Summary]");
  });

  test("an association with no button", () => {
    expectProblem(problemsOf(MANIFEST, `${COMMANDS} Office.actions.associate("exportPdf", f);`), "ASSOCIATE_WITHOUT_CONTROL", "exportPdf");
  });

  test("a commented-out association does not count", () => {
    const source = COMMANDS.replace('Office.actions.associate("recalculate", f);', '// Office.actions.associate("recalculate", f);');
    expectProblem(problemsOf(MANIFEST, source), "FUNCTION_NOT_ASSOCIATED", "recalculate");
  });

  test("an association by a variable cannot be verified", () => {
    expectProblem(problemsOf(MANIFEST, `${COMMANDS} Office.actions.associate(NAME, f);`), "ASSOCIATE_NOT_LITERAL");
  });

  test("findAssociations reads real-looking source and keeps URLs in strings intact", () => {
    const source = [
      'const help = "https://localhost:3000/help"; /* Office.actions.associate("gone", f) */',
      "Office.onReady(() => {",
      "  Office.actions.associate('recalculate', recalculate);",
      "  Office.actions",
      '    .associate(`generateSummary`, generateSummary);',
      "});",
    ].join("\n");
    expect(findAssociations(source)).toEqual({ names: ["recalculate", "generateSummary"], unreadable: 0 });
  });
});

describe("the validate CLI", () => {
  const cli = (args: string[]): { status: number | null; out: string } => {
    const run = spawnSync(process.execPath, [require.resolve("tsx/cli"), "scripts/validate-manifest.ts", ...args], { cwd: ROOT, encoding: "utf8" });
    return { status: run.status, out: `${run.stdout}${run.stderr}` };
  };
  const dir = mkdtempSync(join(tmpdir(), "kaohe-manifest-"));
  afterAll(() => rmSync(dir, { recursive: true, force: true }));

  test("exits 0 with a one-line summary when the manifest is fine", () => {
    const commands = join(dir, "commands.ts");
    writeFileSync(commands, COMMANDS);
    const { status, out } = cli(["manifest.xml", "--commands", commands]);
    expect(out).toContain("4f6c2b1e-8a7d-4c3e-9b25-6d1e0f3a7c58");
    expect(out).toContain("6 ribbon controls");
    expect(status).toBe(0);
  }, 30_000);

  test("exits 1 and prints each problem when it is not", () => {
    const commands = join(dir, "partial.ts");
    writeFileSync(commands, 'Office.actions.associate("recalculate", f);');
    const { status, out } = cli(["manifest.xml", "--commands", commands]);
    expect(out).toContain("[FUNCTION_NOT_ASSOCIATED]");
    expect(out).toContain("generateSummary");
    expect(status).toBe(1);
  }, 30_000);
});
