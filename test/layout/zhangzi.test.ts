// Layout fixtures of 长子 2023 B类 (004): every fixture read through the CLI's
// adapter and the core's layout reader, checked against its description.
import { ALL_FIXTURES } from "../fixtures/catalog/all-fixtures";
import { itemCount } from "./item-count";
import { describeDocument } from "./fixture-suite";

jest.setTimeout(60_000);

describeDocument(["zhangzi-2023-b"], ALL_FIXTURES, itemCount);
