"""Service measures: figures the council publishes about its SEND services (appeals to the
tribunal, EHC plans issued within 20 weeks, attendance, ...) that leads enter or upload each
month, term or year, so that outcome indicators can put them beside what families say."""
