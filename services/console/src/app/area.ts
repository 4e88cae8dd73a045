import type { ApolloClient } from '@apollo/client';
import type { ComponentType } from 'react';
import type { RouteObject } from 'react-router';
import type { DelegatedFunction } from '../gql/graphql';
import type { ConsoleRole } from './session';

/** One entry of the side navigation: shown to anyone holding one of its roles. */
export interface NavEntry {
  to: string;
  /** An i18n key, e.g. `nav.orders`. */
  labelKey: string;
  roles: ConsoleRole[];
  /**
   * The delegated function (委託業務) whose work this screen does: a partner operator's staff
   * acting for a member see it when the member delegated that function, and no screen without
   * one. Its operations declare `$orgId` (see acting-for.ts).
   */
  delegated?: DelegatedFunction;
}

/**
 * A part of the console serving one kind of person (worker, director, org admin, partner,
 * support body): its routes and its navigation. Areas live in their feature folders and are
 * listed once in areas.ts, so a new screen touches only its own area.
 */
export interface ConsoleArea {
  routes: RouteObject[];
  nav: NavEntry[];
  /**
   * Starts the query of the screen at `path` before React renders (the page opened there with a
   * stored login); the screen's own query then joins it. For first screens a slow phone waits on.
   */
  prefetch?: (client: ApolloClient, path: string) => void;
}

/**
 * A screen whose code is fetched when its route is first visited: a worker's phone never
 * downloads the director's forms (see bench/console for the initial size). Mantine's styles for
 * every component come with it (the entry carries only the first screen's, entry-styles.ts).
 */
export function lazyScreen<K extends string>(load: () => Promise<Record<K, ComponentType>>, name: K): Pick<RouteObject, 'lazy'> {
  return {
    lazy: async () => {
      const [screen] = await Promise.all([load(), import('./full-styles')]);
      return { Component: screen[name] };
    },
  };
}
