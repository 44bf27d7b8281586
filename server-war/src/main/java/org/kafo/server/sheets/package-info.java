/**
 * Spreadsheets: the exports partners ask for (a framework's plans and actions, contributions,
 * attendance, needs, and indicators of a framework, a cercle, a region or the country), each one
 * {@link org.kafo.server.sheets.Table} written to CSV or XLSX alike; and the paper that comes back
 * (an attendance sheet, a needs inventory typed into the export's own layout), read row by row,
 * judged by the process's check, and applied all or nothing through the process.
 */
package org.kafo.server.sheets;
