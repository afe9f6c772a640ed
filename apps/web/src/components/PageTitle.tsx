import type { CSSProperties, ReactNode } from 'react';

/**
 * A page's title and muted text as plain elements styled like antd's Typography: Typography
 * brings its editable mode's Input and TextArea (about 60 kB gzipped), too much for the first
 * page of a role (web:budget).
 */
export function PageTitle({ children }: { children: ReactNode }) {
  return <h2 className="page-title">{children}</h2>;
}

export function Muted({
  children,
  block = false,
  style,
}: {
  children: ReactNode;
  block?: boolean;
  style?: CSSProperties;
}) {
  return block ? (
    <p className="secondary" style={style}>
      {children}
    </p>
  ) : (
    <span className="secondary" style={style}>
      {children}
    </span>
  );
}
