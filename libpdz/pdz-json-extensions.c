/* pdz-json-extensions.c: the store of "x-" members
 *
 * SPDX-License-Identifier: LGPL-2.1-or-later
 *
 * Members whose name starts with "x-" are kept as a JsonObject attached to
 * the model object they were read from, as qdata, and written back
 * unchanged. The plan's "contacts" and "monitoring" sub-objects are not
 * objects of the model: their members are kept on the plan, under their
 * own part.
 */

#include "pdz-json-private.h"

#include <string.h>

static GQuark
extensions_quark (const char *part,
                  gboolean    create)
{
  g_autofree char *name = NULL;

  if (part == NULL || *part == '\0')
    return g_quark_from_static_string ("pdz-extensions");
  if (strcmp (part, "contacts") == 0)
    return g_quark_from_static_string ("pdz-extensions-contacts");
  if (strcmp (part, "monitoring") == 0)
    return g_quark_from_static_string ("pdz-extensions-monitoring");

  name = g_strconcat ("pdz-extensions-", part, NULL);
  return create ? g_quark_from_string (name) : g_quark_try_string (name);
}

/*
 * _pdz_extensions_get:
 * @object: a model object (a #GObject)
 * @part: "" for the object itself, or the name of a sub-object
 *
 * Gets the "x-" members read for @object, in their original order.
 *
 * Returns: (transfer none) (nullable): the members, or %NULL if there are none
 */
JsonObject *
_pdz_extensions_get (gpointer    object,
                     const char *part)
{
  GQuark quark;

  g_return_val_if_fail (G_IS_OBJECT (object), NULL);

  quark = extensions_quark (part, FALSE);
  if (quark == 0)
    return NULL;
  return g_object_get_qdata (object, quark);
}

/*
 * _pdz_extensions_set:
 * @object: a model object (a #GObject)
 * @part: "" for the object itself, or the name of a sub-object
 * @extensions: (transfer none) (nullable): the "x-" members; referenced
 *
 * Attaches "x-" members to @object, replacing any; %NULL or an empty object
 * removes them.
 */
void
_pdz_extensions_set (gpointer    object,
                     const char *part,
                     JsonObject *extensions)
{
  GQuark quark;

  g_return_if_fail (G_IS_OBJECT (object));

  quark = extensions_quark (part, TRUE);
  if (extensions == NULL || json_object_get_size (extensions) == 0)
    g_object_set_qdata (object, quark, NULL);
  else
    g_object_set_qdata_full (object, quark, json_object_ref (extensions),
                             (GDestroyNotify) json_object_unref);
}
