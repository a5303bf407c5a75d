"""Others' registers, read into plain records: the Tweede Kamer's toezeggingen (`toezeggingen`) and the UN's
recommendations as UHRI and UPR Info export them (`un`). Pure functions over bytes; storing is the tracker's
job. Bad input is an `InputError` naming the file, the row and the problem."""
