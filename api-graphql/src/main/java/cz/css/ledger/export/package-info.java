/** CSV exports of the request list and the statistics, for Czech spreadsheets (UTF-8 with BOM, semicolons, decimal commas). */
package cz.css.ledger.export;
