import { useId } from 'react';
import type { YouthHomeQuery } from '../gql/graphql';
import { HomeCard } from './HomeCard';

export type HomeModuleData = YouthHomeQuery['home']['modules'][number];

/** One module of the home: a title, a line of text, and its cards in a row that scrolls sideways. */
export function HomeModuleRow({ module }: { module: HomeModuleData }) {
  const headingId = useId();
  return (
    <section className="home-module" aria-labelledby={headingId}>
      <h2 id={headingId} className="home-module-title">
        {module.title}
      </h2>
      {module.text && <p className="hint home-module-text">{module.text}</p>}
      <ul className="home-module-row">
        {module.items.map((item) => (
          <li key={item.offer.id}>
            <HomeCard
              offer={item.offer}
              distanceMeters={item.distanceMeters ?? null}
              showPlacesLeft={module.kind === 'LAST_PLACES'}
            />
          </li>
        ))}
      </ul>
    </section>
  );
}
