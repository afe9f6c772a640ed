import { type ComponentType, lazy, type LazyExoticComponent } from 'react';

type Lazy = LazyExoticComponent<ComponentType>;

/**
 * Each feature is a chunk of its own with its own <Routes>, loaded when its path is first
 * opened (code-split by role: an expert never downloads the operators' screens). The paths
 * include those of the links in emails (libs/notifications' WEB_PATHS, libs/identity's
 * account link pages), so an emailed link opens the right screen.
 */
export const FEATURE_ROUTES: readonly { path: string; component: Lazy; auth: boolean }[] = [
  // Enterprise and college postings, recommendations, connections and messages.
  { path: '/demands/*', component: lazy(() => import('../features/demands')), auth: true },
  {
    path: '/recommendations/*',
    component: lazy(() => import('../features/recommendations')),
    auth: true,
  },
  { path: '/matches/*', component: lazy(() => import('../features/matches')), auth: true },
  {
    path: '/offer-interests/*',
    component: lazy(() => import('../features/matches/offer-interests')),
    auth: true,
  },
  {
    path: '/conversations/*',
    component: lazy(() => import('../features/conversations')),
    auth: true,
  },
  // Finding partners, publishing offers, profiles, teams and settings.
  { path: '/search/*', component: lazy(() => import('../features/search')), auth: true },
  {
    path: '/saved-searches/*',
    component: lazy(() => import('../features/search/saved-searches')),
    auth: true,
  },
  { path: '/offers/*', component: lazy(() => import('../features/offers')), auth: true },
  { path: '/profile/*', component: lazy(() => import('../features/profile')), auth: true },
  {
    path: '/organizations/*',
    component: lazy(() => import('../features/profile/organizations')),
    auth: false,
  },
  { path: '/team/*', component: lazy(() => import('../features/team')), auth: true },
  { path: '/settings/*', component: lazy(() => import('../features/settings')), auth: true },
  // Accounts: the pages of the emailed links and sign-up.
  {
    path: '/register',
    component: lazy(() => import('../features/account/Register')),
    auth: false,
  },
  {
    path: '/verify-email',
    component: lazy(() => import('../features/account/VerifyEmail')),
    auth: false,
  },
  {
    path: '/reset-password',
    component: lazy(() => import('../features/account/ResetPassword')),
    auth: false,
  },
  {
    path: '/confirm-email',
    component: lazy(() => import('../features/account/ConfirmEmail')),
    auth: false,
  },
  { path: '/claim', component: lazy(() => import('../features/account/Claim')), auth: false },
  { path: '/join', component: lazy(() => import('../features/account/Join')), auth: false },
  // Cooperation after the match.
  { path: '/projects/*', component: lazy(() => import('../features/projects')), auth: true },
  { path: '/teachers/*', component: lazy(() => import('../features/teachers')), auth: true },
  {
    path: '/practice-logs/*',
    component: lazy(() => import('../features/teachers/practice-logs')),
    auth: true,
  },
  { path: '/majors/*', component: lazy(() => import('../features/majors')), auth: true },
  // The city's staff.
  { path: '/dashboard/*', component: lazy(() => import('../features/dashboard')), auth: true },
  { path: '/admin/*', component: lazy(() => import('../features/admin')), auth: true },
  {
    path: '/notifications',
    component: lazy(() => import('../features/notifications/NotificationsPage')),
    auth: true,
  },
];
