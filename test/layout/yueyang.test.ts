// Layout fixtures of 岳阳 2019 (000): 县、市、区 and 市直部门单位: every fixture read through the CLI's
// adapter and the core's layout reader, checked against its description.
import { ALL_FIXTURES } from "../fixtures/catalog/all-fixtures";
import { itemCount } from "./item-count";
import { describeDocument } from "./fixture-suite";

jest.setTimeout(60_000);

describeDocument(["yueyang-county", "yueyang-department"], ALL_FIXTURES, itemCount);
