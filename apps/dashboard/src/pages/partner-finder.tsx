import { PartnerFinder } from '../features/partner-finder/PartnerFinder';

export function PartnerFinderPage() {
  return <PartnerFinder />;
}
