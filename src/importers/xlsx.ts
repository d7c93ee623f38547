// Excel workbooks (.xlsx), read with read-excel-file: every sheet, as rows of cell values.
import readXlsxFile from "read-excel-file/node";
import type { Sheet } from "./cmt.ts";
import { ImportError } from "./types.ts";

/** Whether a file is an Excel workbook, by its name. */
export function isWorkbook(file: string): boolean {
  return /\.xlsx$/i.test(file);
}

export async function readWorkbook(bytes: Buffer, file: string): Promise<Sheet[]> {
  try {
    const sheets = await readXlsxFile(bytes);
    return sheets.map((s) => ({ name: s.sheet, rows: s.data as unknown[][] }));
  } catch (error) {
    throw new ImportError([{ record: file, field: "", message: `is not a readable .xlsx workbook (${(error as Error).message})` }]);
  }
}
