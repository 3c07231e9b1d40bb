// `npm run package -- --url https://HOST/PATH/ [--office-js hosted|bundled|URL] [--out DIR]`
// Writes release/kaohe-VERSION/ and release/kaohe-VERSION.zip (scripts/package/).
// Exit 0 done, 1 the build or the manifest check failed, 2 bad options
// (nothing written).
import { buildPackage, GUIDE_NAME, PackageError } from "./package/build-package";
import { parsePackageOptions } from "./package/options";

const kb = (bytes: number): string => `${(bytes / 1024).toFixed(0)} KB`;

async function main(argv: readonly string[]): Promise<number> {
  const options = parsePackageOptions(argv);
  if (typeof options === "string") {
    console.error(options);
    return 2;
  }
  try {
    const result = await buildPackage(options);
    for (const warning of result.warnings) console.warn(`\n${warning}`);
    console.log(`\n发布包 / package: ${result.folder} (${kb(result.folderBytes)})`);
    console.log(`压缩包 / zip:     ${result.zip} (${kb(result.zipBytes)})`);
    console.log(`加载项地址 / add-in base: ${options.baseUrl}`);
    console.log(`下一步：按包中的 ${GUIDE_NAME} 把整个文件夹放到该地址下（HTTPS），再分发 manifest.xml / next: serve the folder there over HTTPS and distribute manifest.xml, as ${GUIDE_NAME} says`);
    return 0;
  } catch (error) {
    console.error(error instanceof PackageError ? error.message : error);
    return 1;
  }
}

main(process.argv.slice(2)).then((code) => {
  process.exitCode = code;
});
