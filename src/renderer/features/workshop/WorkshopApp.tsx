import { useEffect, useState } from 'react';
import { FacilitatorPage } from './FacilitatorPage';
import { ProjectorPage } from './ProjectorPage';
import { TeamPage } from './TeamPage';

type Page = 'team' | 'facilitator' | 'projector';

function pageOf(hash: string): Page {
  if (hash === '#facilitator') return 'facilitator';
  if (hash === '#projector') return 'projector';
  return 'team';
}

/** Picks the page from the address: #facilitator, #projector, or a team's page. */
export function WorkshopApp() {
  const [page, setPage] = useState<Page>(() => pageOf(location.hash));
  useEffect(() => {
    const follow = () => setPage(pageOf(location.hash));
    window.addEventListener('hashchange', follow);
    return () => window.removeEventListener('hashchange', follow);
  }, []);
  const joinCode = new URLSearchParams(location.search).get('code') ?? '';
  if (page === 'facilitator') return <FacilitatorPage />;
  if (page === 'projector') return <ProjectorPage joinCode={joinCode} />;
  return <TeamPage joinCode={joinCode} />;
}
