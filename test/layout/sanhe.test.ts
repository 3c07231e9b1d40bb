// Layout fixtures of 三河 2018 (001): 市政府有关部门 and 各镇区、街道办: every fixture read through the CLI's
// adapter and the core's layout reader, checked against its description.
import { ALL_FIXTURES } from "../fixtures/catalog/all-fixtures";
import { itemCount } from "./item-count";
import { describeDocument } from "./fixture-suite";

jest.setTimeout(60_000);

describeDocument(["sanhe-2018-department", "sanhe-2018-town"], ALL_FIXTURES, itemCount);
