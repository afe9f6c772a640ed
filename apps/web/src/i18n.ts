import i18n from 'i18next';
import { initReactI18next } from 'react-i18next';

export const LANGUAGES = ['zh-CN', 'en'] as const;
export type Language = (typeof LANGUAGES)[number];

const zhCN = {
  brand: '产教融合平台',
  nav: {
    home: '城市概况',
    dashboard: '管理看板',
    login: '登录',
    logout: '退出',
    menu: '打开菜单',
    main: '主菜单',
    unread: '通知：{{count}} 条未读',
  },
  skipToContent: '跳到正文',
  notifications: {
    title: '通知',
    filter: '筛选通知',
    all: '全部',
    unread: '未读',
    readAll: '全部标为已读',
    markRead: '标为已读',
    open: '查看',
    new: '新',
    empty: '暂无通知。发布需求或表达合作意向后，对接进展会在这里提醒您。',
  },
  home: {
    title: '城市产教融合概况',
    enterprises: '企业',
    colleges: '院校',
    experts: '专家',
    demandsPublished: '发布需求',
    demandsConnected: '对接成功',
    matchRate: '对接率',
    projects: '合作项目',
    charts: { trend: '近12个月需求趋势', demands: '各类需求数量', projects: '各类合作项目' },
    refreshedAt: '数据更新于 {{time}}',
  },
  login: {
    title: '登录',
    email: '邮箱',
    password: '密码',
    submit: '登录',
    required: '请填写此项',
    register: '注册新账号',
    forgot: '忘记密码？',
  },
  dashboard: {
    title: '平台运营数据',
    forbidden: '只有平台管理员和区县运营人员可以查看管理看板。',
    download: '下载',
    computedAt: '计算于 {{time}}',
  },
  error: {
    title: '出错了',
    code: '错误代码：{{code}}',
    NETWORK: '无法连接服务器，请检查网络后重试。',
    UNAUTHENTICATED: '登录已失效，请重新登录。',
    INVALID_CREDENTIALS: '邮箱或密码不正确。',
    FORBIDDEN: '您没有权限执行此操作。',
    generic: '请求未能完成，请稍后重试。',
  },
  language: '语言',
};

type Messages = typeof zhCN;

const en: Messages = {
  brand: 'Chanjiao',
  nav: {
    home: 'City overview',
    dashboard: 'Dashboard',
    login: 'Log in',
    logout: 'Log out',
    menu: 'Open the menu',
    main: 'Main menu',
    unread: 'Notifications: {{count}} unread',
  },
  skipToContent: 'Skip to content',
  notifications: {
    title: 'Notifications',
    filter: 'Filter notifications',
    all: 'All',
    unread: 'Unread',
    readAll: 'Mark all as read',
    markRead: 'Mark as read',
    open: 'Open',
    new: 'New',
    empty: 'No notifications yet. Once you post a demand or show interest, progress shows up here.',
  },
  home: {
    title: 'Industry–education overview of the city',
    enterprises: 'Enterprises',
    colleges: 'Colleges',
    experts: 'Experts',
    demandsPublished: 'Demands published',
    demandsConnected: 'Demands connected',
    matchRate: 'Match rate',
    projects: 'Cooperation projects',
    charts: {
      trend: 'Demands over the last 12 months',
      demands: 'Demands by kind',
      projects: 'Projects by kind',
    },
    refreshedAt: 'Data refreshed at {{time}}',
  },
  login: {
    title: 'Log in',
    email: 'Email',
    password: 'Password',
    submit: 'Log in',
    required: 'Required',
    register: 'Create an account',
    forgot: 'Forgot the password?',
  },
  dashboard: {
    title: 'Platform figures',
    forbidden: 'Only the platform admin and district operators can see the dashboard.',
    download: 'Download',
    computedAt: 'Computed at {{time}}',
  },
  error: {
    title: 'Something went wrong',
    code: 'Error code: {{code}}',
    NETWORK: 'The server cannot be reached; check the network and try again.',
    UNAUTHENTICATED: 'Your session has ended; please log in again.',
    INVALID_CREDENTIALS: 'The email or the password is wrong.',
    FORBIDDEN: 'You are not allowed to do this.',
    generic: 'The request could not be completed; please try again later.',
  },
  language: 'Language',
};

void i18n.use(initReactI18next).init({
  resources: { 'zh-CN': { translation: zhCN }, en: { translation: en } },
  lng: 'zh-CN',
  fallbackLng: 'zh-CN',
  interpolation: { escapeValue: false },
});

/**
 * Registers a lazily loaded feature's messages under its own namespace, so a role's screens
 * carry their words with them: `addMessages('demands', { 'zh-CN': {...}, en: {...} })`, then
 * `useTranslation('demands')`.
 */
export function addMessages(namespace: string, bundles: Record<Language, object>): void {
  for (const lng of LANGUAGES) i18n.addResourceBundle(lng, namespace, bundles[lng], true, true);
}

/** The text of a { 'zh-CN', en } pair in the current language. */
export const localized = (text: { 'zh-CN': string; en: string } | null | undefined): string =>
  text ? (i18n.language === 'en' ? text.en : text['zh-CN']) : '';

i18n.on('languageChanged', (lng) => {
  document.documentElement.lang = lng;
});

export default i18n;
