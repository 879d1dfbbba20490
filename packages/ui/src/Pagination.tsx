export interface PaginationProps {
  label: string;
  previousLabel: string;
  nextLabel: string;
  /** E.g. "Sida 2 av 3". */
  status: string;
  hasPrevious: boolean;
  hasNext: boolean;
  onPrevious: () => void;
  onNext: () => void;
}

export function Pagination({
  label,
  previousLabel,
  nextLabel,
  status,
  hasPrevious,
  hasNext,
  onPrevious,
  onNext,
}: PaginationProps) {
  if (!hasPrevious && !hasNext) return null;
  return (
    <nav className="ui-pagination" aria-label={label}>
      <button type="button" className="ui-button" disabled={!hasPrevious} onClick={onPrevious}>
        <span aria-hidden="true">← </span>
        {previousLabel}
      </button>
      <span className="ui-pagination__status">{status}</span>
      <button type="button" className="ui-button" disabled={!hasNext} onClick={onNext}>
        {nextLabel}
        <span aria-hidden="true"> →</span>
      </button>
    </nav>
  );
}
