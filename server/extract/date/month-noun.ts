// `11月报表`, `12月版本`, `11月份工资`: a month naming a thing made for it is part of
// that thing's name, not a time. The words after the month that make it so.
export const MONTH_NOUN = "份?(?:报表|版本|账单|月报|对账单|财报|工资|薪资|绩效|考勤|预算)";
