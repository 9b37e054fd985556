/**
 * Period headers ("Jan-25", "Mar-25 (Q4)") and period labels inside values ("171 (Jan 24 - Dec 24)",
 * "2.3% (21/22)", "94 (Oct24-Sep24)").
 */

export interface PeriodHeader {
  label: string;
  year: number;
  month: number;
}

/** A period label's start and end, as year and month (month 0 when the label gives years only). */
export interface PeriodSpan {
  text: string;
  startYear: number;
  startMonth: number;
  endYear: number;
  endMonth: number;
}

const MONTHS = ["jan", "feb", "mar", "apr", "may", "jun", "jul", "aug", "sep", "oct", "nov", "dec"];

const MONTH_HEADER = /^([A-Za-z]{3,9})[\s\-'/]*(\d{2}|\d{4})(\s*\(.*\))?$/;
const MONTH_SPAN = /([A-Za-z]{3,9})\s*'?(\d{2}|\d{4})\s*[-–]\s*([A-Za-z]{3,9})\s*'?(\d{2}|\d{4})/;
const YEAR_SPAN = /\b(\d{2}|\d{4})\s*\/\s*(\d{2})\b/;

function monthNumber(text: string): number {
  const index = MONTHS.indexOf(text.slice(0, 3).toLowerCase());
  return index + 1;
}

function fullYear(text: string): number {
  return text.length === 4 ? Number(text) : 2000 + Number(text);
}

/** Parses a month column header; returns undefined for anything else. */
export function parsePeriodHeader(text: string): PeriodHeader | undefined {
  const match = MONTH_HEADER.exec(text);
  if (!match) return undefined;
  const month = monthNumber(match[1]);
  if (month === 0 || !MONTHS.some((name) => match[1].toLowerCase().startsWith(name))) return undefined;
  return { label: text, year: fullYear(match[2]), month };
}

/** Finds a period label such as "Oct23-Sep24" or "21/22" in a text; undefined when there is none. */
export function parsePeriodSpan(text: string): PeriodSpan | undefined {
  const months = MONTH_SPAN.exec(text);
  if (months) {
    const startMonth = monthNumber(months[1]);
    const endMonth = monthNumber(months[3]);
    if (startMonth > 0 && endMonth > 0) {
      return {
        text: months[0],
        startYear: fullYear(months[2]),
        startMonth,
        endYear: fullYear(months[4]),
        endMonth,
      };
    }
  }
  const years = YEAR_SPAN.exec(text);
  if (years) {
    return { text: years[0], startYear: fullYear(years[1]), startMonth: 0, endYear: fullYear(years[2]), endMonth: 0 };
  }
  return undefined;
}

/** True when the span ends before it starts, or a "YY/YY" span is not one year long. */
export function isImpossibleSpan(span: PeriodSpan): boolean {
  if (span.startMonth === 0) return span.endYear !== span.startYear + 1;
  return span.endYear * 12 + span.endMonth < span.startYear * 12 + span.startMonth;
}
