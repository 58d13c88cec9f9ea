//! The texts of the scale area (see the module map in `crate::messages`). Each field's doc says
//! where it shows; templates name their `{0}`, `{1}` values.

/// Texts of the scale area.
pub struct Scale {
    /// Placeholder so the struct is not empty; replace when the area's texts move here.
    pub title: &'static str,
}
