//! Undo and redo: a bounded history of what the user changed.

use std::collections::VecDeque;

/// How many steps can be undone.
pub const UNDO_CAP: usize = 100;

/// The states before (and, once undone, after) each step, at most `cap` of them back.
///
/// What a step is, is the reducer's rule (`Action::step`): one user action is one step, a
/// slider drag included; changing the language or the view is none.
///
/// ```
/// use target_planner::state::Undo;
/// let mut undo = Undo::new(2);
/// for before in [1, 2, 3] {
///     undo.record(before);
/// }
/// assert_eq!(undo.undo(4), Some(3));
/// assert_eq!(undo.undo(3), Some(2));
/// assert_eq!(undo.undo(2), None, "the oldest step fell off the cap");
/// assert_eq!(undo.redo(2), Some(3));
/// ```
#[derive(Debug, Clone, PartialEq)]
pub struct Undo<T> {
    past: VecDeque<T>,
    future: Vec<T>,
    cap: usize,
}

impl<T> Default for Undo<T> {
    fn default() -> Self {
        Undo::new(UNDO_CAP)
    }
}

impl<T> Undo<T> {
    /// An empty history keeping at most `cap` steps.
    pub fn new(cap: usize) -> Self {
        Undo {
            past: VecDeque::new(),
            future: Vec::new(),
            cap,
        }
    }

    /// A new step was taken from `before`: it can be undone, and what was undone cannot be
    /// redone any more. The oldest step goes once there are more than the cap.
    pub fn record(&mut self, before: T) {
        self.past.push_back(before);
        while self.past.len() > self.cap {
            self.past.pop_front();
        }
        self.future.clear();
    }

    /// The state to go back to from `now`, which can then be redone.
    pub fn undo(&mut self, now: T) -> Option<T> {
        let before = self.past.pop_back()?;
        self.future.push(now);
        Some(before)
    }

    /// The state to go forward to from `now`, which can then be undone again.
    pub fn redo(&mut self, now: T) -> Option<T> {
        let after = self.future.pop()?;
        self.past.push_back(now);
        Some(after)
    }

    /// Replaces every kept state by what `f` makes of it (the same states, amended).
    pub fn amend(&mut self, mut f: impl FnMut(&T) -> T) {
        self.past = self.past.iter().map(&mut f).collect();
        self.future = self.future.iter().map(f).collect();
    }

    /// Whether there is a step to undo, and one to redo.
    pub fn available(&self) -> (bool, bool) {
        (!self.past.is_empty(), !self.future.is_empty())
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn undo_and_redo_walk_the_steps_in_order() {
        let mut undo = Undo::new(10);
        undo.record('a');
        undo.record('b');
        assert_eq!(undo.available(), (true, false));
        assert_eq!(undo.undo('c'), Some('b'));
        assert_eq!(undo.undo('b'), Some('a'));
        assert_eq!(undo.undo('a'), None);
        assert_eq!(undo.available(), (false, true));
        assert_eq!(undo.redo('a'), Some('b'));
        assert_eq!(undo.redo('b'), Some('c'));
        assert_eq!(undo.redo('c'), None);
    }

    #[test]
    fn a_new_step_forgets_what_was_undone() {
        let mut undo = Undo::new(10);
        undo.record(1);
        assert_eq!(undo.undo(2), Some(1));
        undo.record(1);
        assert_eq!(undo.available(), (true, false));
    }

    #[test]
    fn the_cap_keeps_the_newest_steps() {
        let mut undo = Undo::new(UNDO_CAP);
        for step in 0..UNDO_CAP + 20 {
            undo.record(step);
        }
        let mut now = UNDO_CAP + 20;
        let mut undone = 0;
        while let Some(before) = undo.undo(now) {
            now = before;
            undone += 1;
        }
        assert_eq!((undone, now), (UNDO_CAP, 20));
    }
}
