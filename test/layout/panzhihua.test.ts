// Layout fixtures of 攀枝花 2016 (002): 政务公开, 效能建设 and the three 政务信息 考评表: every fixture read through the CLI's
// adapter and the core's layout reader, checked against its description.
import { ALL_FIXTURES } from "../fixtures/catalog/all-fixtures";
import { itemCount } from "./item-count";
import { describeDocument } from "./fixture-suite";

jest.setTimeout(60_000);

describeDocument(["panzhihua-2016-openness", "panzhihua-2016-efficiency", "panzhihua-2016-info-city", "panzhihua-2016-info-county", "panzhihua-2016-info-vanadium"], ALL_FIXTURES, itemCount);
