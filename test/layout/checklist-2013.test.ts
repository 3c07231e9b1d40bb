// Layout fixtures of 2013 checklists (003): 县市区 and 市直部门单位: every fixture read through the CLI's
// adapter and the core's layout reader, checked against its description.
import { ALL_FIXTURES } from "../fixtures/catalog/all-fixtures";
import { itemCount } from "./item-count";
import { describeDocument } from "./fixture-suite";

jest.setTimeout(60_000);

describeDocument(["checklist-2013-county", "checklist-2013-department"], ALL_FIXTURES, itemCount);
