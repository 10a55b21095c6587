import { MockedProvider } from '@apollo/client/testing/react';
import { fireEvent, render, screen, waitFor } from '@testing-library/react';
import { describe, expect, it, vi } from 'vitest';
import type { ProOfferFieldsFragment } from '../gql/graphql';
import { addStocksMutation } from '../queries';
import { StockForm } from './StockForm';

const offer: ProOfferFieldsFragment = {
  __typename: 'ProOffer',
  id: 'o1',
  name: 'Jazz au Hangar',
  description: null,
  url: null,
  isDuo: true,
  isActive: true,
  validation: 'APPROVED',
  isEvent: true,
  isDigital: false,
  venueId: 'v1',
  venueName: 'Le Hangar',
  venueTimeZone: 'Europe/Paris',
  author: null,
  performer: null,
  stageDirector: null,
  ean: null,
  durationMinutes: null,
  language: null,
  ageAdvice: null,
  subcategory: {
    __typename: 'Subcategory',
    id: 'CONCERT',
    label: 'Concert',
    canBeDuo: true,
    catalogueFields: ['performer'],
    categoryId: 'MUSIQUE_LIVE',
  },
  image: null,
  stocks: [],
};

describe('stock form', () => {
  it('empties the dates once they are added, so that a second click adds nothing twice', async () => {
    const onDone = vi.fn();
    render(
      <MockedProvider
        mocks={[
          {
            request: {
              query: addStocksMutation,
              variables: {
                offerId: 'o1',
                input: {
                  priceCents: 1200,
                  quantity: null,
                  dates: ['2027-01-15T19:30:00.000Z'], // 20:30 in Paris
                  recurrence: null,
                  bookingLimitAt: null,
                },
              },
            },
            result: { data: { addStocks: offer } },
          },
        ]}
      >
        <StockForm offer={offer} stock={null} onDone={onDone} />
      </MockedProvider>,
    );
    fireEvent.change(screen.getByLabelText('Prix en euros'), { target: { value: '12' } });
    const date = screen.getByLabelText('Date et heure 1') as HTMLInputElement;
    fireEvent.change(date, { target: { value: '2027-01-15T20:30' } });
    expect(date.value).toBe('2027-01-15T20:30');
    fireEvent.click(screen.getByRole('button', { name: 'Ajouter ces dates' }));
    await waitFor(() => expect(onDone).toHaveBeenCalled());
    expect((screen.getByLabelText('Date et heure 1') as HTMLInputElement).value).toBe('');
    // The price stays for the next dates.
    expect((screen.getByLabelText('Prix en euros') as HTMLInputElement).value).toBe('12');
  });
});
