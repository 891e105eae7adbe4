//! Temporary stand-in for the date grammar (replaced by date.rs).
#![allow(missing_docs, dead_code)]
use jiff::civil::Date;
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash, PartialOrd, Ord)]
pub enum Grain {
    Day,
    Month,
    Year,
    Decade,
}
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash)]
pub struct DateValue {
    pub start: Date,
    pub grain: Grain,
    pub end: Option<Date>,
    pub anchored: bool,
}
impl DateValue {
    pub fn iso(&self) -> String {
        self.start.to_string()
    }
}
impl std::fmt::Display for DateValue {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.write_str(&self.iso())
    }
}
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct DateMatch {
    pub start: usize,
    pub end: usize,
    pub value: Option<DateValue>,
}
#[derive(Debug, Default)]
pub struct DateRules;
impl DateRules {
    pub fn new() -> DateRules {
        DateRules
    }
    pub fn find(&self, _text: &str, _reference: Option<Date>) -> Vec<DateMatch> {
        Vec::new()
    }
    pub fn dateline(&self, _text: &str) -> Option<Date> {
        None
    }
}
