<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="en_US">
<context>
    <name>ActionBar</name>
    <message>
        <source>Call next</source>
        <translation>Call next</translation>
    </message>
    <message>
        <source>Call the next number to this window</source>
        <translation>Call the next number to this window</translation>
    </message>
    <message>
        <source>Recall</source>
        <translation>Recall</translation>
    </message>
    <message>
        <source>Call the same number again</source>
        <translation>Call the same number again</translation>
    </message>
    <message>
        <source>Start service</source>
        <translation>Start service</translation>
    </message>
    <message>
        <source>The citizen has arrived</source>
        <translation>The citizen has arrived</translation>
    </message>
    <message>
        <source>Finish</source>
        <translation>Finish</translation>
    </message>
    <message>
        <source>Record the outcome and end the visit</source>
        <translation>Record the outcome and end the visit</translation>
    </message>
    <message>
        <source>No-show</source>
        <translation>No-show</translation>
    </message>
    <message>
        <source>The citizen did not come</source>
        <translation>The citizen did not come</translation>
    </message>
    <message>
        <source>Transfer</source>
        <translation>Transfer</translation>
    </message>
    <message>
        <source>Send to another category or window</source>
        <translation>Send to another category or window</translation>
    </message>
    <message>
        <source>Requeue</source>
        <translation>Requeue</translation>
    </message>
    <message>
        <source>Put a returning no-show back in line</source>
        <translation>Put a returning no-show back in line</translation>
    </message>
    <message>
        <source>Resume</source>
        <translation>Resume</translation>
    </message>
    <message>
        <source>Take down the pause sign</source>
        <translation>Take down the pause sign</translation>
    </message>
    <message>
        <source>Pause</source>
        <translation>Pause</translation>
    </message>
    <message>
        <source>Put up the pause sign</source>
        <translation>Put up the pause sign</translation>
    </message>
    <message>
        <source>Hand over</source>
        <translation>Hand over</translation>
    </message>
    <message>
        <source>Another clerk takes this window</source>
        <translation>Another clerk takes this window</translation>
    </message>
    <message>
        <source>Close window</source>
        <translation>Close window</translation>
    </message>
    <message>
        <source>End the shift and sign out</source>
        <translation>End the shift and sign out</translation>
    </message>
</context>
<context>
    <name>CitizenScreen</name>
    <message>
        <source>Standard mode</source>
        <translation>Standard mode</translation>
    </message>
    <message>
        <source>Elder mode</source>
        <translation>Elder mode</translation>
    </message>
    <message>
        <source>Back to normal type</source>
        <translation>Back to normal type</translation>
    </message>
    <message>
        <source>Large type, everything read aloud and captioned</source>
        <translation>Large type, everything read aloud and captioned</translation>
    </message>
    <message>
        <source>A new clerk has taken over: {name}, staff No. {number}, now serves you.</source>
        <translation>A new clerk has taken over: {name}, staff No. {number}, now serves you.</translation>
    </message>
    <message>
        <source>What is read aloud is shown here.</source>
        <translation>What is read aloud is shown here.</translation>
    </message>
    <message>
        <source>Window screen</source>
        <translation>Window screen</translation>
    </message>
    <message>
        <source>This window is not open now</source>
        <translation>This window is not open now</translation>
    </message>
    <message>
        <source>Please wait for your number at another window.</source>
        <translation>Please wait for your number at another window.</translation>
    </message>
    <message>
        <source>Welcome</source>
        <translation>Welcome</translation>
    </message>
    <message>
        <source>Please wait for your number to be called.</source>
        <translation>Please wait for your number to be called.</translation>
    </message>
    <message>
        <source>Calling again</source>
        <translation>Calling again</translation>
    </message>
    <message>
        <source>Now calling</source>
        <translation>Now calling</translation>
    </message>
    <message>
        <source>Please come to window {window}</source>
        <translation>Please come to window {window}</translation>
    </message>
    <message>
        <source>Now serving</source>
        <translation>Now serving</translation>
    </message>
    <message>
        <source>Thank you for your rating!</source>
        <translation>Thank you for your rating!</translation>
    </message>
    <message>
        <source>Your rating helps us serve you better.</source>
        <translation>Your rating helps us serve you better.</translation>
    </message>
</context>
<context>
    <name>Console</name>
    <message>
        <source>Nobody is waiting for this window.</source>
        <translation>Nobody is waiting for this window.</translation>
    </message>
    <message>
        <source>Called {number}.</source>
        <translation>Called {number}.</translation>
    </message>
    <message>
        <source>Transferred from window {window}: {note}</source>
        <translation>Transferred from window {window}: {note}</translation>
    </message>
    <message>
        <source>Transferred from window {window}.</source>
        <translation>Transferred from window {window}.</translation>
    </message>
    <message>
        <source>Called {number} again ({n} calls).</source>
        <translation>Called {number} again ({n} calls).</translation>
    </message>
    <message>
        <source>Serving {number}.</source>
        <translation>Serving {number}.</translation>
    </message>
    <message>
        <source>{number} marked as no-show.</source>
        <translation>{number} marked as no-show.</translation>
    </message>
    <message>
        <source>Finished {number}.</source>
        <translation>Finished {number}.</translation>
    </message>
    <message>
        <source>Finished {number}; the one-time notice is printed.</source>
        <translation>Finished {number}; the one-time notice is printed.</translation>
    </message>
    <message>
        <source>The notice did not print ({fault}): give it by hand or print it again.</source>
        <translation>The notice did not print ({fault}): give it by hand or print it again.</translation>
    </message>
    <message>
        <source>{number} transferred to {where}.</source>
        <translation>{number} transferred to {where}.</translation>
    </message>
    <message>
        <source>{number} is back in line.</source>
        <translation>{number} is back in line.</translation>
    </message>
    <message>
        <source>Window resumed.</source>
        <translation>Window resumed.</translation>
    </message>
    <message>
        <source>Paused: {reason}, back at {time}.</source>
        <translation>Paused: {reason}, back at {time}.</translation>
    </message>
    <message>
        <source>The clerk taking over signs in here. The window stays open; the visit in progress stays.</source>
        <translation>The clerk taking over signs in here. The window stays open; the visit in progress stays.</translation>
    </message>
    <message>
        <source>{new} took over {window} from {old}.</source>
        <translation>{new} took over {window} from {old}.</translation>
    </message>
    <message>
        <source>Signed in: {window} is open.</source>
        <translation>Signed in: {window} is open.</translation>
    </message>
    <message>
        <source>Signed in again at {window}.</source>
        <translation>Signed in again at {window}.</translation>
    </message>
    <message>
        <source>You took over {window} (stand-in).</source>
        <translation>You took over {window} (stand-in).</translation>
    </message>
    <message>
        <source>{number} was called at {window} first. Your call of {number} has been undone.</source>
        <translation>{number} was called at {window} first. Your call of {number} has been undone.</translation>
    </message>
    <message>
        <source>{number} was called at another window first. Your call of {number} has been undone.</source>
        <translation>{number} was called at another window first. Your call of {number} has been undone.</translation>
    </message>
    <message>
        <source>The {n} step(s) you recorded for it were undone too (kept on this device).</source>
        <translation>The {n} step(s) you recorded for it were undone too (kept on this device).</translation>
    </message>
    <message>
        <source>Call {number} (F1)</source>
        <translation>Call {number} (F1)</translation>
    </message>
    <message>
        <source>Next: {number}.</source>
        <translation>Next: {number}.</translation>
    </message>
    <message>
        <source>Nobody else is waiting.</source>
        <translation>Nobody else is waiting.</translation>
    </message>
    <message>
        <source>Not kept by the central store: {what}</source>
        <translation>Not kept by the central store: {what}</translation>
    </message>
    <message>
        <source>On duty now: {name}. Another clerk signing in takes the window over.</source>
        <translation>On duty now: {name}. Another clerk signing in takes the window over.</translation>
    </message>
    <message>
        <source>Offline: signing in checks the staff list this device last received.</source>
        <translation>Offline: signing in checks the staff list this device last received.</translation>
    </message>
    <message>
        <source>Paused {n} min: unattended alert</source>
        <translation>Paused {n} min: unattended alert</translation>
    </message>
    <message>
        <source>Paused until {time}</source>
        <translation>Paused until {time}</translation>
    </message>
    <message>
        <source>Closed</source>
        <translation>Closed</translation>
    </message>
    <message>
        <source>Lunch break: calling resumes at {time}</source>
        <translation>Lunch break: calling resumes at {time}</translation>
    </message>
    <message>
        <source>Open</source>
        <translation>Open</translation>
    </message>
    <message>
        <source>Clerk console</source>
        <translation>Clerk console</translation>
    </message>
</context>
<context>
    <name>CurrentPanel</name>
    <message>
        <source>Paused</source>
        <translation>Paused</translation>
    </message>
    <message>
        <source>Nobody called</source>
        <translation>Nobody called</translation>
    </message>
    <message>
        <source>Press F8 to resume.</source>
        <translation>Press F8 to resume.</translation>
    </message>
    <message>
        <source>Press F1 to call the next number.</source>
        <translation>Press F1 to call the next number.</translation>
    </message>
    <message>
        <source>Serving</source>
        <translation>Serving</translation>
    </message>
    <message>
        <source>Calling</source>
        <translation>Calling</translation>
    </message>
    <message>
        <source>calls: {n}</source>
        <translation>calls: {n}</translation>
    </message>
    <message>
        <source>{n} min since the call</source>
        <translation>{n} min since the call</translation>
    </message>
    <message>
        <source>Rating of {number}: the citizen is rating ({n} s left)</source>
        <translation>Rating of {number}: the citizen is rating ({n} s left)</translation>
    </message>
    <message>
        <source>Rating of {number}: {level}</source>
        <translation>Rating of {number}: {level}</translation>
    </message>
    <message>
        <source>Rating of {number}: not rated (recorded)</source>
        <translation>Rating of {number}: not rated (recorded)</translation>
    </message>
</context>
<context>
    <name>FinishPanel</name>
    <message>
        <source>Finish {number}</source>
        <translation>Finish {number}</translation>
    </message>
    <message>
        <source>Items</source>
        <translation>Items</translation>
    </message>
    <message>
        <source>Remove</source>
        <translation>Remove</translation>
    </message>
    <message>
        <source>Add an item: name, code or pinyin initials</source>
        <translation>Add an item: name, code or pinyin initials</translation>
    </message>
    <message>
        <source>Outcome</source>
        <translation>Outcome</translation>
    </message>
    <message>
        <source>Outcome of the visit</source>
        <translation>Outcome of the visit</translation>
    </message>
    <message>
        <source>Case number</source>
        <translation>Case number</translation>
    </message>
    <message>
        <source>Leave empty to make one</source>
        <translation>Leave empty to make one</translation>
    </message>
    <message>
        <source>Promised by</source>
        <translation>Promised by</translation>
    </message>
    <message>
        <source>Missing</source>
        <translation>Missing</translation>
    </message>
    <message>
        <source>Another material not in the guide (Enter)</source>
        <translation>Another material not in the guide (Enter)</translation>
    </message>
    <message>
        <source>Print the notice</source>
        <translation>Print the notice</translation>
    </message>
    <message>
        <source>Print the notice (no printer)</source>
        <translation>Print the notice (no printer)</translation>
    </message>
    <message>
        <source>Show it on the citizen screen</source>
        <translation>Show it on the citizen screen</translation>
    </message>
    <message>
        <source>Note</source>
        <translation>Note</translation>
    </message>
    <message>
        <source>Cancel (Esc)</source>
        <translation>Cancel (Esc)</translation>
    </message>
    <message>
        <source>Finish (F4)</source>
        <translation>Finish (F4)</translation>
    </message>
    <message>
        <source>Record the outcome and end the visit</source>
        <translation>Record the outcome and end the visit</translation>
    </message>
    <message>
        <source>Go back to serving</source>
        <translation>Go back to serving</translation>
    </message>
</context>
<context>
    <name>IdentityCard</name>
    <message>
        <source>Serving you</source>
        <translation>Serving you</translation>
    </message>
    <message>
        <source>No clerk on duty</source>
        <translation>No clerk on duty</translation>
    </message>
    <message>
        <source>Nobody serves at this window now.</source>
        <translation>Nobody serves at this window now.</translation>
    </message>
    <message>
        <source>Staff No. {number}</source>
        <translation>Staff No. {number}</translation>
    </message>
    <message>
        <source>Serving you: {name}, staff number {number}, {unit}</source>
        <translation>Serving you: {name}, staff number {number}, {unit}</translation>
    </message>
    <message>
        <source>Clerk on duty</source>
        <translation>Clerk on duty</translation>
    </message>
</context>
<context>
    <name>LunchSign</name>
    <message>
        <source>Lunch break</source>
        <translation>Lunch break</translation>
    </message>
    <message>
        <source>Calling resumes at {time}</source>
        <translation>Calling resumes at {time}</translation>
    </message>
    <message>
        <source>Your number stays valid. For urgent matters, please go to a window on lunch duty.</source>
        <translation>Your number stays valid. For urgent matters, please go to a window on lunch duty.</translation>
    </message>
</context>
<context>
    <name>MessageBar</name>
    <message>
        <source>OK</source>
        <translation>OK</translation>
    </message>
    <message>
        <source>Call this ticket now</source>
        <translation>Call this ticket now</translation>
    </message>
    <message>
        <source>Close this message</source>
        <translation>Close this message</translation>
    </message>
</context>
<context>
    <name>NoticePanel</name>
    <message>
        <source>original</source>
        <translation>original</translation>
    </message>
    <message>
        <source>copy</source>
        <translation>copy</translation>
    </message>
    <message>
        <source>original and copy</source>
        <translation>original and copy</translation>
    </message>
    <message>
        <source>electronic</source>
        <translation>electronic</translation>
    </message>
    <message>
        <source>{form}, {n} copies</source>
        <translation>{form}, {n} copies</translation>
    </message>
    <message>
        <source>One-time notice of missing materials</source>
        <translation>One-time notice of missing materials</translation>
    </message>
    <message>
        <source>I have read it</source>
        <translation>I have read it</translation>
    </message>
    <message>
        <source>Go on to rate the visit</source>
        <translation>Go on to rate the visit</translation>
    </message>
    <message>
        <source>For {items}, please bring these {n} materials next time:</source>
        <translation>For {items}, please bring these {n} materials next time:</translation>
    </message>
    <message>
        <source>this matter</source>
        <translation>this matter</translation>
    </message>
    <message>
        <source>… and {n} more on the printed notice.</source>
        <translation>… and {n} more on the printed notice.</translation>
    </message>
</context>
<context>
    <name>PausePanel</name>
    <message>
        <source>Pause the window</source>
        <translation>Pause the window</translation>
    </message>
    <message>
        <source>Reason</source>
        <translation>Reason</translation>
    </message>
    <message>
        <source>Back in (minutes)</source>
        <translation>Back in (minutes)</translation>
    </message>
    <message>
        <source>{n} min</source>
        <translation>{n} min</translation>
    </message>
    <message>
        <source>Longer than the hall&apos;s limit of {n} min: the window will count as unattended. Hand it over instead?</source>
        <translation>Longer than the hall&apos;s limit of {n} min: the window will count as unattended. Hand it over instead?</translation>
    </message>
    <message>
        <source>A pause longer than {n} min alerts the managers: the window counts as unattended.</source>
        <translation>A pause longer than {n} min alerts the managers: the window counts as unattended.</translation>
    </message>
    <message>
        <source>Cancel (Esc)</source>
        <translation>Cancel (Esc)</translation>
    </message>
    <message>
        <source>Pause (F8)</source>
        <translation>Pause (F8)</translation>
    </message>
</context>
<context>
    <name>PauseSign</name>
    <message>
        <source>Service paused</source>
        <translation>Service paused</translation>
    </message>
    <message>
        <source>Reason: {reason}</source>
        <translation>Reason: {reason}</translation>
    </message>
    <message>
        <source>Expected back at {time}</source>
        <translation>Expected back at {time}</translation>
    </message>
    <message>
        <source>The clerk is {time} late. Please wait a moment, or ask the hall staff.</source>
        <translation>The clerk is {time} late. Please wait a moment, or ask the hall staff.</translation>
    </message>
    <message>
        <source>For help now, please ask the hall staff or go to another window.</source>
        <translation>For help now, please ask the hall staff or go to another window.</translation>
    </message>
    <message>
        <source>Back in about {n} min.</source>
        <translation>Back in about {n} min.</translation>
    </message>
</context>
<context>
    <name>QueuePanel</name>
    <message>
        <source>Alerts</source>
        <translation>Alerts</translation>
    </message>
    <message>
        <source>Waiting for this window</source>
        <translation>Waiting for this window</translation>
    </message>
    <message>
        <source>Next numbers</source>
        <translation>Next numbers</translation>
    </message>
    <message>
        <source>Help requests from the kiosks</source>
        <translation>Help requests from the kiosks</translation>
    </message>
    <message>
        <source>{n} waiting</source>
        <translation>{n} waiting</translation>
    </message>
    <message>
        <source>about {n} min</source>
        <translation>about {n} min</translation>
    </message>
    <message>
        <source>longest {n} min</source>
        <translation>longest {n} min</translation>
    </message>
    <message>
        <source>Nobody is waiting.</source>
        <translation>Nobody is waiting.</translation>
    </message>
    <message>
        <source>sent to this window</source>
        <translation>sent to this window</translation>
    </message>
    <message>
        <source>back after no-show</source>
        <translation>back after no-show</translation>
    </message>
    <message>
        <source>{number} · waiting {n} min</source>
        <translation>{number} · waiting {n} min</translation>
    </message>
    <message>
        <source>… {n} more</source>
        <translation>… {n} more</translation>
    </message>
    <message>
        <source>No open requests.</source>
        <translation>No open requests.</translation>
    </message>
    <message>
        <source>{window} unattended: paused {n} min ({reason})</source>
        <translation>{window} unattended: paused {n} min ({reason})</translation>
    </message>
    <message>
        <source>Your pause has run past its expected end.</source>
        <translation>Your pause has run past its expected end.</translation>
    </message>
    <message>
        <source>Peak: many people waiting. Open more windows if you can.</source>
        <translation>Peak: many people waiting. Open more windows if you can.</translation>
    </message>
    <message>
        <source>Not connected to the central store yet.</source>
        <translation>Not connected to the central store yet.</translation>
    </message>
    <message>
        <source>Offline: the queue is as of {n} min ago.</source>
        <translation>Offline: the queue is as of {n} min ago.</translation>
    </message>
    <message>
        <source>None.</source>
        <translation>None.</translation>
    </message>
    <message>
        <source>step: {step}</source>
        <translation>step: {step}</translation>
    </message>
    <message>
        <source>{device}, {n} min ago</source>
        <translation>{device}, {n} min ago</translation>
    </message>
    <message>
        <source>Resolved</source>
        <translation>Resolved</translation>
    </message>
    <message>
        <source>Mark this help request resolved</source>
        <translation>Mark this help request resolved</translation>
    </message>
    <message>
        <source>Take</source>
        <translation>Take</translation>
    </message>
    <message>
        <source>This window takes the help request</source>
        <translation>This window takes the help request</translation>
    </message>
</context>
<context>
    <name>RatingPad</name>
    <message>
        <source>Very satisfied</source>
        <translation>Very satisfied</translation>
    </message>
    <message>
        <source>Satisfied</source>
        <translation>Satisfied</translation>
    </message>
    <message>
        <source>Fairly satisfied</source>
        <translation>Fairly satisfied</translation>
    </message>
    <message>
        <source>Dissatisfied</source>
        <translation>Dissatisfied</translation>
    </message>
    <message>
        <source>Very dissatisfied</source>
        <translation>Very dissatisfied</translation>
    </message>
    <message>
        <source>Please choose at least one reason.</source>
        <translation>Please choose at least one reason.</translation>
    </message>
    <message>
        <source>Please enter a mobile number, or a landline with its area code.</source>
        <translation>Please enter a mobile number, or a landline with its area code.</translation>
    </message>
    <message>
        <source>Please rate this visit: {levels}.</source>
        <translation>Please rate this visit: {levels}.</translation>
    </message>
    <message>
        <source>How was our service?</source>
        <translation>How was our service?</translation>
    </message>
    <message>
        <source>Touch a face: one touch rates this visit.</source>
        <translation>Touch a face: one touch rates this visit.</translation>
    </message>
    <message>
        <source>Rate this visit as {level}</source>
        <translation>Rate this visit as {level}</translation>
    </message>
    <message>
        <source>Real-name rating: on</source>
        <translation>Real-name rating: on</translation>
    </message>
    <message>
        <source>Real-name rating: off</source>
        <translation>Real-name rating: off</translation>
    </message>
    <message>
        <source>Leave a phone number so the hall can reply to you; otherwise the rating is anonymous.</source>
        <translation>Leave a phone number so the hall can reply to you; otherwise the rating is anonymous.</translation>
    </message>
    <message>
        <source>{level}: what went wrong? Choose at least one.</source>
        <translation>{level}: what went wrong? Choose at least one.</translation>
    </message>
    <message>
        <source>chosen</source>
        <translation>chosen</translation>
    </message>
    <message>
        <source>not chosen</source>
        <translation>not chosen</translation>
    </message>
    <message>
        <source>Reason for the rating, {state}</source>
        <translation>Reason for the rating, {state}</translation>
    </message>
    <message>
        <source>Anything to add? (optional)</source>
        <translation>Anything to add? (optional)</translation>
    </message>
    <message>
        <source>Your words</source>
        <translation>Your words</translation>
    </message>
    <message>
        <source>Optional: say in your own words what went wrong.</source>
        <translation>Optional: say in your own words what went wrong.</translation>
    </message>
    <message>
        <source>Back</source>
        <translation>Back</translation>
    </message>
    <message>
        <source>Choose another face</source>
        <translation>Choose another face</translation>
    </message>
    <message>
        <source>Next</source>
        <translation>Next</translation>
    </message>
    <message>
        <source>Submit</source>
        <translation>Submit</translation>
    </message>
    <message>
        <source>Send the rating with these reasons</source>
        <translation>Send the rating with these reasons</translation>
    </message>
    <message>
        <source>Your phone number, so that we can reply</source>
        <translation>Your phone number, so that we can reply</translation>
    </message>
    <message>
        <source>(no number yet)</source>
        <translation>(no number yet)</translation>
    </message>
    <message>
        <source>Phone number</source>
        <translation>Phone number</translation>
    </message>
    <message>
        <source>{n} digits entered</source>
        <translation>{n} digits entered</translation>
    </message>
    <message>
        <source>Clear</source>
        <translation>Clear</translation>
    </message>
    <message>
        <source>Delete</source>
        <translation>Delete</translation>
    </message>
    <message>
        <source>Clear the number</source>
        <translation>Clear the number</translation>
    </message>
    <message>
        <source>Delete the last digit</source>
        <translation>Delete the last digit</translation>
    </message>
    <message>
        <source>Digit {key}</source>
        <translation>Digit {key}</translation>
    </message>
    <message>
        <source>Go back without a number</source>
        <translation>Go back without a number</translation>
    </message>
    <message>
        <source>Send the rating with this number</source>
        <translation>Send the rating with this number</translation>
    </message>
    <message>
        <source>Rating pad</source>
        <translation>Rating pad</translation>
    </message>
</context>
<context>
    <name>Refusals</name>
    <message>
        <source>Staff number or PIN is wrong. {left} attempts left.</source>
        <translation>Staff number or PIN is wrong. {left} attempts left.</translation>
    </message>
    <message>
        <source>Too many wrong PINs for {staff} today. Ask the hall manager, or sign in tomorrow.</source>
        <translation>Too many wrong PINs for {staff} today. Ask the hall manager, or sign in tomorrow.</translation>
    </message>
    <message>
        <source>{staff} is not in the hall&apos;s staff list.</source>
        <translation>{staff} is not in the hall&apos;s staff list.</translation>
    </message>
    <message>
        <source>{staff} is on duty at another window: sign out there first.</source>
        <translation>{staff} is on duty at another window: sign out there first.</translation>
    </message>
    <message>
        <source>{staff} is already on duty at this window.</source>
        <translation>{staff} is already on duty at this window.</translation>
    </message>
    <message>
        <source>The clerk who did this is no longer on duty here.</source>
        <translation>The clerk who did this is no longer on duty here.</translation>
    </message>
    <message>
        <source>This window is closed: sign in to open it.</source>
        <translation>This window is closed: sign in to open it.</translation>
    </message>
    <message>
        <source>This window is already open; sign in to take it over.</source>
        <translation>This window is already open; sign in to take it over.</translation>
    </message>
    <message>
        <source>The window is paused: resume before calling.</source>
        <translation>The window is paused: resume before calling.</translation>
    </message>
    <message>
        <source>The window is not paused.</source>
        <translation>The window is not paused.</translation>
    </message>
    <message>
        <source>Finish, transfer or mark {number} as no-show first.</source>
        <translation>Finish, transfer or mark {number} as no-show first.</translation>
    </message>
    <message>
        <source>The expected return must be later than now.</source>
        <translation>The expected return must be later than now.</translation>
    </message>
    <message>
        <source>A pause is at most 4 hours; for longer, hand the window over.</source>
        <translation>A pause is at most 4 hours; for longer, hand the window over.</translation>
    </message>
    <message>
        <source>Choose why the window pauses.</source>
        <translation>Choose why the window pauses.</translation>
    </message>
    <message>
        <source>The hall has no window {window}.</source>
        <translation>The hall has no window {window}.</translation>
    </message>
    <message>
        <source>No number is called at this window.</source>
        <translation>No number is called at this window.</translation>
    </message>
    <message>
        <source>Nobody is being served at this window.</source>
        <translation>Nobody is being served at this window.</translation>
    </message>
    <message>
        <source>Nobody is waiting for this window.</source>
        <translation>Nobody is waiting for this window.</translation>
    </message>
    <message>
        <source>{number} was already called to another window.</source>
        <translation>{number} was already called to another window.</translation>
    </message>
    <message>
        <source>{number} is no longer waiting.</source>
        <translation>{number} is no longer waiting.</translation>
    </message>
    <message>
        <source>{number} was sent to another window.</source>
        <translation>{number} was sent to another window.</translation>
    </message>
    <message>
        <source>This window does not serve {number}&apos;s category.</source>
        <translation>This window does not serve {number}&apos;s category.</translation>
    </message>
    <message>
        <source>{number} is from another day.</source>
        <translation>{number} is from another day.</translation>
    </message>
    <message>
        <source>There is no ticket {number} today.</source>
        <translation>There is no ticket {number} today.</translation>
    </message>
    <message>
        <source>{number} is not a no-show: only a no-show goes back in line.</source>
        <translation>{number} is not a no-show: only a no-show goes back in line.</translation>
    </message>
    <message>
        <source>{number} is not at this window any more.</source>
        <translation>{number} is not at this window any more.</translation>
    </message>
    <message>
        <source>Outside the hall&apos;s hours: no calling now.</source>
        <translation>Outside the hall&apos;s hours: no calling now.</translation>
    </message>
    <message>
        <source>Lunch break: this window has no lunch duty.</source>
        <translation>Lunch break: this window has no lunch duty.</translation>
    </message>
    <message>
        <source>{number} was called the most times allowed: mark it as no-show.</source>
        <translation>{number} was called the most times allowed: mark it as no-show.</translation>
    </message>
    <message>
        <source>The hall has no such category.</source>
        <translation>The hall has no such category.</translation>
    </message>
    <message>
        <source>Choose the item(s) handled.</source>
        <translation>Choose the item(s) handled.</translation>
    </message>
    <message>
        <source>At most 10 items per visit.</source>
        <translation>At most 10 items per visit.</translation>
    </message>
    <message>
        <source>A promised case needs its promised date.</source>
        <translation>A promised case needs its promised date.</translation>
    </message>
    <message>
        <source>The promised date is in the past.</source>
        <translation>The promised date is in the past.</translation>
    </message>
    <message>
        <source>Tick at least one missing material.</source>
        <translation>Tick at least one missing material.</translation>
    </message>
    <message>
        <source>A case number has 6 to 40 letters, digits or dashes.</source>
        <translation>A case number has 6 to 40 letters, digits or dashes.</translation>
    </message>
    <message>
        <source>An item is not in the catalogue any more.</source>
        <translation>An item is not in the catalogue any more.</translation>
    </message>
    <message>
        <source>The package is not in the catalogue any more.</source>
        <translation>The package is not in the catalogue any more.</translation>
    </message>
    <message>
        <source>There is no such case to add this visit to.</source>
        <translation>There is no such case to add this visit to.</translation>
    </message>
    <message>
        <source>That case is already completed.</source>
        <translation>That case is already completed.</translation>
    </message>
    <message>
        <source>This visit is no longer in progress here.</source>
        <translation>This visit is no longer in progress here.</translation>
    </message>
    <message>
        <source>That visit is not known here.</source>
        <translation>That visit is not known here.</translation>
    </message>
    <message>
        <source>This visit has already been rated: one rating per visit.</source>
        <translation>This visit has already been rated: one rating per visit.</translation>
    </message>
    <message>
        <source>This visit is already recorded as not rated.</source>
        <translation>This visit is already recorded as not rated.</translation>
    </message>
    <message>
        <source>This visit was recorded as not rated; it cannot be rated now.</source>
        <translation>This visit was recorded as not rated; it cannot be rated now.</translation>
    </message>
    <message>
        <source>The visit is not finished yet.</source>
        <translation>The visit is not finished yet.</translation>
    </message>
    <message>
        <source>That reason is not on the hall&apos;s list.</source>
        <translation>That reason is not on the hall&apos;s list.</translation>
    </message>
    <message>
        <source>Please enter a mobile number, or a landline with its area code.</source>
        <translation>Please enter a mobile number, or a landline with its area code.</translation>
    </message>
    <message>
        <source>Another window already took this help request.</source>
        <translation>Another window already took this help request.</translation>
    </message>
    <message>
        <source>This help request is already resolved.</source>
        <translation>This help request is already resolved.</translation>
    </message>
    <message>
        <source>That help request is not known here.</source>
        <translation>That help request is not known here.</translation>
    </message>
    <message>
        <source>This device may not do that.</source>
        <translation>This device may not do that.</translation>
    </message>
    <message>
        <source>This device belongs to another hall.</source>
        <translation>This device belongs to another hall.</translation>
    </message>
    <message>
        <source>Please check {field}.</source>
        <translation>Please check {field}.</translation>
    </message>
    <message>
        <source>Not done ({code}).</source>
        <translation>Not done ({code}).</translation>
    </message>
</context>
<context>
    <name>RequeuePanel</name>
    <message>
        <source>Requeue a returning no-show</source>
        <translation>Requeue a returning no-show</translation>
    </message>
    <message>
        <source>The number goes to the end of its line.</source>
        <translation>The number goes to the end of its line.</translation>
    </message>
    <message>
        <source>Ticket number, e.g. A012</source>
        <translation>Ticket number, e.g. A012</translation>
    </message>
    <message>
        <source>No-shows at this window today</source>
        <translation>No-shows at this window today</translation>
    </message>
    <message>
        <source>Cancel (Esc)</source>
        <translation>Cancel (Esc)</translation>
    </message>
    <message>
        <source>Requeue (F7)</source>
        <translation>Requeue (F7)</translation>
    </message>
</context>
<context>
    <name>SignInPanel</name>
    <message>
        <source>Enter your staff number.</source>
        <translation>Enter your staff number.</translation>
    </message>
    <message>
        <source>Enter your PIN.</source>
        <translation>Enter your PIN.</translation>
    </message>
    <message>
        <source>Hand over the window (stand-in)</source>
        <translation>Hand over the window (stand-in)</translation>
    </message>
    <message>
        <source>Take over the window</source>
        <translation>Take over the window</translation>
    </message>
    <message>
        <source>Sign in</source>
        <translation>Sign in</translation>
    </message>
    <message>
        <source>Staff number</source>
        <translation>Staff number</translation>
    </message>
    <message>
        <source>PIN</source>
        <translation>PIN</translation>
    </message>
    <message>
        <source>Cancel (Esc)</source>
        <translation>Cancel (Esc)</translation>
    </message>
    <message>
        <source>Your staff number</source>
        <translation>Your staff number</translation>
    </message>
    <message>
        <source>Your PIN, 4 to 8 digits</source>
        <translation>Your PIN, 4 to 8 digits</translation>
    </message>
    <message>
        <source>Keep the window as it is</source>
        <translation>Keep the window as it is</translation>
    </message>
</context>
<context>
    <name>SingleScreen</name>
    <message>
        <source>Window client</source>
        <translation>Window client</translation>
    </message>
    <message>
        <source>Clerk console and citizen screen</source>
        <translation>Clerk console and citizen screen</translation>
    </message>
</context>
<context>
    <name>TransferPanel</name>
    <message>
        <source>(paused)</source>
        <translation>(paused)</translation>
    </message>
    <message>
        <source>(closed)</source>
        <translation>(closed)</translation>
    </message>
    <message>
        <source>Transfer {number}</source>
        <translation>Transfer {number}</translation>
    </message>
    <message>
        <source>To the category</source>
        <translation>To the category</translation>
    </message>
    <message>
        <source>To the window</source>
        <translation>To the window</translation>
    </message>
    <message>
        <source>Note</source>
        <translation>Note</translation>
    </message>
    <message>
        <source>For the next clerk (optional)</source>
        <translation>For the next clerk (optional)</translation>
    </message>
    <message>
        <source>Cancel (Esc)</source>
        <translation>Cancel (Esc)</translation>
    </message>
    <message>
        <source>Transfer (F6)</source>
        <translation>Transfer (F6)</translation>
    </message>
</context>
<context>
    <name>WindowWords</name>
    <message>
        <source>General window</source>
        <translation>General window</translation>
    </message>
    <message>
        <source>Cross-province services</source>
        <translation>Cross-province services</translation>
    </message>
    <message>
        <source>In-province services</source>
        <translation>In-province services</translation>
    </message>
    <message>
        <source>Assisted services</source>
        <translation>Assisted services</translation>
    </message>
    <message>
        <source>Could-not-get-it-done desk</source>
        <translation>Could-not-get-it-done desk</translation>
    </message>
    <message>
        <source>Window {n}</source>
        <translation>Window {n}</translation>
    </message>
    <message>
        <source>Done on the spot</source>
        <translation>Done on the spot</translation>
    </message>
    <message>
        <source>Accepted, done by a promised date</source>
        <translation>Accepted, done by a promised date</translation>
    </message>
    <message>
        <source>One-time notice of missing materials</source>
        <translation>One-time notice of missing materials</translation>
    </message>
    <message>
        <source>Enquiry only</source>
        <translation>Enquiry only</translation>
    </message>
    <message>
        <source>Green channel</source>
        <translation>Green channel</translation>
    </message>
    <message>
        <source>Appointment</source>
        <translation>Appointment</translation>
    </message>
    <message>
        <source>Assisted service</source>
        <translation>Assisted service</translation>
    </message>
    <message>
        <source>Stuck at self-service</source>
        <translation>Stuck at self-service</translation>
    </message>
    <message>
        <source>Accessibility help</source>
        <translation>Accessibility help</translation>
    </message>
</context>
</TS>
