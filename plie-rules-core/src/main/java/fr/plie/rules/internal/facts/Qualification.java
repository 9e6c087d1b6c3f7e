package fr.plie.rules.internal.facts;

import fr.plie.rules.model.ExitRoute;

/**
 * Whether one activity qualifies for one exit route (true, false or unknown), as a rule of the
 * route's file found it. Every activity of a type a route examines gets exactly one.
 */
public record Qualification(ExitRoute route, ExitActivity activity, Finding finding) {
  public int index() {
    return activity.index();
  }
}
