import { useEffect, useRef, type ReactNode } from 'react';
import { useAppIdentity } from './context';

let pagesShown = 0;

export interface PageProps {
  /** The page's `<h1>`, also used in the document title. */
  title: string;
  children?: ReactNode;
}

/**
 * A screen: sets the document title and renders the `<h1>`. After a client-side
 * navigation (not on first load) focus moves to the heading, so keyboard and
 * screen-reader users land at the top of the new content.
 */
export function Page({ title, children }: PageProps) {
  const { product } = useAppIdentity();
  const headingRef = useRef<HTMLHeadingElement>(null);

  useEffect(() => {
    if (pagesShown > 0) headingRef.current?.focus();
    pagesShown += 1;
  }, []);

  return (
    <>
      <title>{`${title} — ${product}`}</title>
      <h1 ref={headingRef} tabIndex={-1} className="page-title">
        {title}
      </h1>
      {children}
    </>
  );
}
