//! The texts of the shell area (see the module map in `crate::messages`). Each field's doc says
//! where it shows; templates name their `{0}`, `{1}` values.

/// Texts of the shell area.
pub struct Shell {
    /// Placeholder so the struct is not empty; replace when the area's texts move here.
    pub title: &'static str,
}
