// How many items a table has: one per printed data row of the source table.
import { expectedItems } from "../fixtures/describe/expected-items";
import { tableShape } from "../fixtures/layout/table-shapes";
import { readSourceTable } from "../source/read-source-tables";

export function itemCount(tableId: string): number {
  return expectedItems(readSourceTable(tableId), tableShape(tableId)).length;
}
