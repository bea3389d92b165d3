"""Signals other apps may listen to, for their own bookkeeping and cleanup only.
(accounts imports no other app; this is how their data follows an account.)"""

from django.dispatch import Signal

# Sent after a membership status or organisation changed. Args: user.
membership_changed = Signal()
# Sent while an account is being deleted, before it is pseudonymised. Args: user.
account_deleting = Signal()
# Sent to collect the data export; receivers return {"section name": data}. Args: user.
collecting_personal_data = Signal()
