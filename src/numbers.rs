//! Chinese and Arabic quantities: 1.03万元, 二〇一三年, 4980多万, 近万, 95.54%, 3倍.
//!
//! Not written yet (issue 4).
