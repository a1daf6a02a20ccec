// Brand settings an organizer changes rarely: for now, the refund policy fans see on their order page.
import Link from "next/link";
import { Card, Field, PageTitle } from "@/components/ui";
import { ActionForm } from "@/components/action-form";
import { refundPolicyOf } from "@/server/checkout";
import { studioBrand } from "../../_lib/guard";
import { setRefundPolicyAction } from "../../actions";

export const metadata = { title: "Settings" };

export default async function Settings({ params }: { params: Promise<{ brand: string }> }) {
  const { brand: slug } = await params;
  const { brand } = await studioBrand(slug, "orders:write");
  const p = await refundPolicyOf(brand.id);
  return (
    <div className="flex max-w-2xl flex-col gap-6">
      <div>
        <Link href={`/studio/${brand.slug}`} className="text-sm text-zinc-600 underline">
          ← {brand.name}
        </Link>
        <PageTitle sub={brand.name}>Settings</PageTitle>
      </div>
      <Card>
        <h2 className="mb-1 font-semibold">Refund policy</h2>
        <p className="mb-4 text-sm text-zinc-600">
          Whether fans may refund tickets and merch themselves from their order page, until when, and what you
          keep. You can always refund from an order in the Studio.
        </p>
        <ActionForm
          action={setRefundPolicyAction.bind(null, brand.slug)}
          submit="Save refund policy"
          resetOnSuccess={false}
        >
          <label className="flex items-center gap-2 text-sm font-medium">
            <input type="checkbox" name="fanRefunds" defaultChecked={p.fanRefunds} className="h-4 w-4" /> Fans
            may refund online
          </label>
          <Field
            label="Until how many hours before the event starts"
            name="cutoffHours"
            type="number"
            min={0}
            step={1}
            defaultValue={p.cutoffHours}
          />
          <div className="grid gap-3 sm:grid-cols-2">
            <Field
              label="Non-refundable fee, %"
              name="feePercent"
              type="number"
              min={0}
              max={100}
              step="0.01"
              defaultValue={p.feePercentBp / 100}
            />
            <Field
              label="Non-refundable fee, fixed (per refund)"
              name="feeFixed"
              type="number"
              min={0}
              step="0.01"
              defaultValue={(p.feeFixedMinor / 100).toFixed(2)}
            />
          </div>
        </ActionForm>
      </Card>
    </div>
  );
}
