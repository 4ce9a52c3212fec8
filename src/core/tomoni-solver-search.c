/* tomoni-solver-search.c: the branch-and-bound over flow relaxations of the roster
 * optimiser
 *
 * Copyright 2026 The Tomoni authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#define G_LOG_DOMAIN "tomoni-solver"

#include "tomoni-solver-private.h"

typedef struct
{
  GArray *banned;               /* edge indexes */
  Value bound;                  /* the parent's relaxation value */
  guint64 seq;                  /* creation order, for a deterministic search */
} BranchNode;

/* Open nodes, best bound first (among equal bounds the newest, which makes
 * the search dive like depth-first while bounds tie): a binary heap. */
static gboolean
node_before (const BranchNode *a,
             const BranchNode *b)
{
  int c = solver_value_compare (&a->bound, &b->bound);

  return c > 0 || (c == 0 && a->seq > b->seq);
}

static void
node_heap_push (GPtrArray  *heap,
                BranchNode *node)
{
  guint i = heap->len;

  g_ptr_array_add (heap, node);
  while (i > 0)
    {
      guint parent = (i - 1) / 2;

      if (!node_before (node, heap->pdata[parent]))
        break;
      heap->pdata[i] = heap->pdata[parent];
      i = parent;
    }
  heap->pdata[i] = node;
}

static BranchNode *
node_heap_pop (GPtrArray *heap)
{
  BranchNode *top = heap->pdata[0];
  BranchNode *last = g_ptr_array_steal_index (heap, heap->len - 1);
  guint n = heap->len;
  guint i = 0;

  if (n == 0)
    return top;
  for (;;)
    {
      guint child = 2 * i + 1;

      if (child >= n)
        break;
      if (child + 1 < n && node_before (heap->pdata[child + 1], heap->pdata[child]))
        child++;
      if (!node_before (heap->pdata[child], last))
        break;
      heap->pdata[i] = heap->pdata[child];
      i = child;
    }
  heap->pdata[i] = last;

  return top;
}

static void
branch_node_free (gpointer data)
{
  BranchNode *node = data;

  g_array_unref (node->banned);
  g_free (node);
}

static void
push_child (GPtrArray    *stack,
            const GArray *parent_banned,
            const GArray *more,
            const Value  *bound,
            guint64      *seq)
{
  BranchNode *child = g_new0 (BranchNode, 1);

  child->banned = g_array_sized_new (FALSE, FALSE, sizeof (guint),
                                     parent_banned->len + more->len);
  g_array_append_vals (child->banned, parent_banned->data, parent_banned->len);
  g_array_append_vals (child->banned, more->data, more->len);
  child->bound = *bound;
  child->seq = (*seq)++;
  node_heap_push (stack, child);
}

/* Branching on an overlap of e1 and e2 (same person): both contain the
 * instant t = the later start, and so does every slot of the person's clique
 * K = {allowed slots of the person containing t}.  A feasible roster gives
 * the person at most one slot of K, so it avoids K's slots before the later of
 * e1, e2 (in start order) or avoids the rest: the two children ban one part
 * each.  This bans more than one edge per child (SOS1 branching) and keeps the
 * search shallow. */
static void
split_clique (Context *ctx,
              guint    edge1,
              guint    edge2,
              GArray  *left,
              GArray  *right)
{
  TomoniSolver *self = ctx->self;
  guint person = edge_at (self, edge1)->person;
  const Slot *s1 = slot_at (self, edge_at (self, edge1)->slot);
  const Slot *s2 = slot_at (self, edge_at (self, edge2)->slot);
  gint64 t = MAX (s1->start, s2->start);
  g_autoptr(GArray) clique = g_array_new (FALSE, FALSE, sizeof (guint));
  guint later;

  for (guint k = ctx->person_first[person]; k < ctx->person_first[person + 1]; k++)
    {
      guint edge = ctx->order[k];
      const Slot *s = slot_at (self, edge_at (self, edge)->slot);

      if (!ctx->banned[edge] && s->start <= t && t < s->end)
        g_array_append_val (clique, edge);
    }
  g_array_sort_with_data (clique, solver_compare_by_person_time, self);

  later = solver_compare_by_person_time (&edge1, &edge2, self) < 0 ? edge2 : edge1;
  g_array_set_size (left, 0);
  g_array_set_size (right, 0);
  for (guint i = 0; i < clique->len; i++)
    {
      guint edge = g_array_index (clique, guint, i);

      if (edge == later)
        {
          g_array_append_vals (right, &g_array_index (clique, guint, i), clique->len - i);
          break;
        }
      g_array_append_val (left, edge);
    }
  g_assert (left->len > 0 && right->len > 0);
}

/* The proven bound: the best open node's (best first: the heap's top), or
 * @bound (proven elsewhere) if lower, never below the best roster. */
Value
solver_search_bound (const Search *search,
              const Value  *bound)
{
  Value b = search->best_value;

  if (search->stack->len > 0)
    {
      const BranchNode *top = g_ptr_array_index (search->stack, 0);

      if (solver_value_compare (&top->bound, &b) > 0)
        b = top->bound;
    }
  if (solver_value_compare (bound, &b) < 0)
    b = solver_value_compare (bound, &search->best_value) > 0 ? *bound : search->best_value;

  return b;
}

gboolean
solver_search_finished (const Search *search,
                 const Value  *bound)
{
  Value b = solver_search_bound (search, bound);

  return solver_value_compare (&b, &search->best_value) <= 0;
}

/* Explores open nodes, best bound first, until none can beat the best roster
 * or @bound, or after @max_relaxations relaxations in all, or at @deadline. */
gboolean
solver_flow_search (Context       *ctx,
             Search        *search,
             const Value   *bound,
             guint          max_relaxations,
             gint64         deadline,
             GCancellable  *cancellable,
             GError       **error)
{
  TomoniSolver *self = ctx->self;

  while (search->stack->len > 0 && !solver_search_finished (search, bound))
    {
      BranchNode *node;
      Value value, repaired_value;
      guint edge1, edge2;
      gboolean ok;

      /* the root always: its flow bound is the least a stopped search
       * can say */
      if (self->n_relaxations > 0
          && (self->n_relaxations >= max_relaxations
              || (deadline != 0 && g_get_monotonic_time () >= deadline)))
        break;
      node = node_heap_pop (search->stack);
      if (solver_value_compare (&node->bound, &search->best_value) <= 0)
        {
          branch_node_free (node);
          continue;
        }

      for (guint i = 0; i < node->banned->len; i++)
        ctx->banned[g_array_index (node->banned, guint, i)] = 1;
      ok = solver_solve_relaxation (ctx, &value, search->chosen, cancellable, error);

      if (ok && solver_value_compare (&value, &search->best_value) > 0)
        {
          if (!solver_find_overlap (self, search->chosen, &edge1, &edge2))
            {
              search->best_value = value;
              g_array_set_size (search->best, 0);
              g_array_append_vals (search->best, search->chosen->data, search->chosen->len);
            }
          else
            {
              solver_repair_roster (ctx, search->chosen, search->repaired, &repaired_value);
              if (solver_value_compare (&repaired_value, &search->best_value) > 0)
                {
                  search->best_value = repaired_value;
                  g_array_set_size (search->best, 0);
                  g_array_append_vals (search->best, search->repaired->data,
                                       search->repaired->len);
                }
              if (solver_value_compare (&value, &search->best_value) > 0)
                {
                  split_clique (ctx, edge1, edge2, search->left, search->right);
                  /* the child keeping the earlier slots is explored first */
                  push_child (search->stack, node->banned, search->left, &value, &search->seq);
                  push_child (search->stack, node->banned, search->right, &value, &search->seq);
                }
            }
        }

      for (guint i = 0; i < node->banned->len; i++)
        ctx->banned[g_array_index (node->banned, guint, i)] = 0;
      branch_node_free (node);

      if (!ok || g_cancellable_set_error_if_cancelled (cancellable, error))
        return FALSE;
    }

  return TRUE;
}

/* An open search with the root node (no edge banned) and the empty roster,
 * which is always feasible. */
void
solver_search_init (Search      *search,
                    const Value *root_bound)
{
  BranchNode *root = g_new0 (BranchNode, 1);

  search->chosen = g_array_new (FALSE, FALSE, sizeof (guint));
  search->repaired = g_array_new (FALSE, FALSE, sizeof (guint));
  search->left = g_array_new (FALSE, FALSE, sizeof (guint));
  search->right = g_array_new (FALSE, FALSE, sizeof (guint));
  search->best = g_array_new (FALSE, FALSE, sizeof (guint));
  search->best_value.filled = 0;
  search->best_value.score = 0;
  search->stack = g_ptr_array_new_with_free_func (branch_node_free);
  search->seq = 1;

  root->banned = g_array_new (FALSE, FALSE, sizeof (guint));
  root->bound = *root_bound;
  g_ptr_array_add (search->stack, root);
}

void
solver_search_clear (Search *search)
{
  g_clear_pointer (&search->stack, g_ptr_array_unref);
  g_clear_pointer (&search->chosen, g_array_unref);
  g_clear_pointer (&search->repaired, g_array_unref);
  g_clear_pointer (&search->left, g_array_unref);
  g_clear_pointer (&search->right, g_array_unref);
  g_clear_pointer (&search->best, g_array_unref);
}
