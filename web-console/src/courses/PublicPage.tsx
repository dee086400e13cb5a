import type { TrainingApi } from '../api/training';
import { Layout } from '../app/Layout';
import { paths } from '../app/router';
import { CertificateCheckPage } from '../certificates/CertificateCheckPage';
import { CheckInPage } from '../checkin/CheckInPage';
import type { TrainingRoute } from './routes';
import './training.css';

/**
 * The pages anyone may open without signing in (app/Root.tsx shows them before asking to sign in):
 * a mediator's check-in from a phone and the check of a certificate's code.
 */
export function PublicPage({ route, training }: {
  route: Extract<TrainingRoute, { page: 'checkIn' | 'certificateCheck' }>;
  training: TrainingApi;
}) {
  return (
    <Layout homeHref={paths.overview()}>
      {route.page === 'checkIn' ? (
        <CheckInPage key={route.token} token={route.token} training={training} />
      ) : (
        <CertificateCheckPage code={route.code} training={training} />
      )}
    </Layout>
  );
}
