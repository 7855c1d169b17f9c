"""Speech for read-aloud (内容朗读) and announcements (叫号播报), off the UI thread and Qt-free.

``utterance`` says what is to be heard and shown; ``speech_worker`` plays utterances one at a time on its
own thread under two policies (read-aloud replaces, announcements queue); ``espeak_engine`` speaks with
pyttsx3 and espeak-ng; ``audio_output`` plays or keeps the audio; ``engines`` has the recording and
silent engines. ``common.ui.speech`` turns the worker's reports into Qt signals.
"""
